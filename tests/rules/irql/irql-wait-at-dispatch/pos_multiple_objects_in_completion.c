/* KeWaitForMultipleObjects with a NULL timeout in an IoCompletion routine (may run at DISPATCH_LEVEL) */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PDEVICE_OBJECT Lower;
    KEVENT Started;
    KEVENT Stopped;
    KWAIT_BLOCK WaitBlocks[2];
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoRead;
IO_COMPLETION_ROUTINE DemoReadComplete;

NTSTATUS DemoReadComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PDEV_EXT ext = (PDEV_EXT)Context;
    PVOID objects[2];

    UNREFERENCED_PARAMETER(DeviceObject);
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    objects[0] = &ext->Started;
    objects[1] = &ext->Stopped;
    KeWaitForMultipleObjects(2, objects, WaitAny, Executive, KernelMode, FALSE, /* drvlint-expect: irql-wait-at-dispatch */
                             NULL, ext->WaitBlocks);
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
