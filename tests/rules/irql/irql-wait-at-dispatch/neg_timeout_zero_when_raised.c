/* A helper shared by a DPC and a dispatch routine waits with a zero timeout whenever it runs at DISPATCH_LEVEL */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KDPC Dpc;
    KEVENT Ready;
    ULONG Hits;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoDeviceControl;
KDEFERRED_ROUTINE DemoDpc;

static VOID WaitReady(PDEV_EXT Ext)
{
    LARGE_INTEGER timeout;

    if (KeGetCurrentIrql() >= DISPATCH_LEVEL) {
        timeout.QuadPart = 0;
    } else {
        timeout.QuadPart = -100000LL; /* 10 ms */
    }
    if (KeWaitForSingleObject(&Ext->Ready, Executive, KernelMode, FALSE, &timeout) == STATUS_SUCCESS) {
        Ext->Hits++;
    }
}

VOID DemoDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    WaitReady((PDEV_EXT)Context);
}

NTSTATUS DemoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    WaitReady((PDEV_EXT)DeviceObject->DeviceExtension);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT dev;
    PDEV_EXT ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(DEV_EXT), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PDEV_EXT)dev->DeviceExtension;
    ext->Hits = 0;
    KeInitializeEvent(&ext->Ready, NotificationEvent, FALSE);
    KeInitializeDpc(&ext->Dpc, DemoDpc, ext);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DemoDeviceControl;
    return STATUS_SUCCESS;
}
