/* A completion routine raises to APC_LEVEL only when KeGetCurrentIrql() says it is below APC_LEVEL */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PDEVICE_OBJECT Lower;
    ULONG Completions;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoWrite;
IO_COMPLETION_ROUTINE DemoWriteComplete;

NTSTATUS DemoWriteComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PDEV_EXT ext = (PDEV_EXT)Context;
    KIRQL oldIrql;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    if (KeGetCurrentIrql() < APC_LEVEL) {
        KeRaiseIrql(APC_LEVEL, &oldIrql);
        ext->Completions++;
        KeLowerIrql(oldIrql);
    } else {
        ext->Completions++;
    }
    return STATUS_CONTINUE_COMPLETION;
}

NTSTATUS DemoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;

    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, DemoWriteComplete, ext, TRUE, TRUE, TRUE);
    return IoCallDriver(ext->Lower, Irp);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_WRITE] = DemoWrite;
    return STATUS_SUCCESS;
}
