/* Only the function inside the code_seg("PAGE") region is pageable; the one after #pragma code_seg() is resident */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KDPC Dpc;
    ULONG Opens;
    ULONG Ticks;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreate;
KDEFERRED_ROUTINE DemoDpc;

#pragma code_seg("PAGE")
NTSTATUS DemoCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;

    PAGED_CODE();
    ext->Opens++;
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}
#pragma code_seg()

VOID DemoDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PDEV_EXT ext = (PDEV_EXT)Context;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    ext->Ticks++;
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
    ext->Opens = 0;
    ext->Ticks = 0;
    KeInitializeDpc(&ext->Dpc, DemoDpc, ext);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreate;
    return STATUS_SUCCESS;
}
