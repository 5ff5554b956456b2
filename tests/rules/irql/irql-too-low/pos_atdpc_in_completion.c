/* KeAcquireSpinLockAtDpcLevel in an IoCompletion routine, which may run at PASSIVE_LEVEL */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PDEVICE_OBJECT Lower;
    KSPIN_LOCK StatsLock;
    ULONG BytesRead;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoRead;
IO_COMPLETION_ROUTINE DemoReadComplete;

NTSTATUS DemoReadComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PDEV_EXT ext = (PDEV_EXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    KeAcquireSpinLockAtDpcLevel(&ext->StatsLock); /* drvlint-expect: irql-too-low */
    ext->BytesRead += (ULONG)Irp->IoStatus.Information;
    KeReleaseSpinLockFromDpcLevel(&ext->StatsLock); /* drvlint-expect: irql-too-low */
    return STATUS_CONTINUE_COMPLETION;
}

NTSTATUS DemoRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;

    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, DemoReadComplete, ext, TRUE, TRUE, TRUE);
    return IoCallDriver(ext->Lower, Irp);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_READ] = DemoRead;
    return STATUS_SUCCESS;
}
