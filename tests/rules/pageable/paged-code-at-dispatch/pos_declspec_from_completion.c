/* A __declspec(code_seg("PAGE")) function is called from an IoCompletion routine (may run at DISPATCH_LEVEL) */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PDEVICE_OBJECT Lower;
    ULONG BytesRead;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoRead;
IO_COMPLETION_ROUTINE DemoReadComplete;

__declspec(code_seg("PAGE"))
static VOID AccountRead(PDEV_EXT Ext, ULONG_PTR Bytes)
{
    PAGED_CODE();
    Ext->BytesRead += (ULONG)Bytes;
}

NTSTATUS DemoReadComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    AccountRead((PDEV_EXT)Context, Irp->IoStatus.Information); /* drvlint-expect: paged-code-at-dispatch */
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
