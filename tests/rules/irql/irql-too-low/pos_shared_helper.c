/* A helper using the AtDpcLevel lock routines is fine from the DPC but is also called from a dispatch routine */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK CountLock;
    KDPC Dpc;
    ULONG Events;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoDeviceControl;
KDEFERRED_ROUTINE DemoDpc;

static VOID CountEvent(PDEV_EXT Ext)
{
    KeAcquireSpinLockAtDpcLevel(&Ext->CountLock); /* drvlint-expect: irql-too-low */
    Ext->Events++;
    KeReleaseSpinLockFromDpcLevel(&Ext->CountLock); /* drvlint-expect: irql-too-low */
}

VOID DemoDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    CountEvent((PDEV_EXT)Context);
}

NTSTATUS DemoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    CountEvent((PDEV_EXT)DeviceObject->DeviceExtension);
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
    KeInitializeSpinLock(&ext->CountLock);
    KeInitializeDpc(&ext->Dpc, DemoDpc, ext);
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DemoDeviceControl;
    return STATUS_SUCCESS;
}
