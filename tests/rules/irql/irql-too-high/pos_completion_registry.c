/* ZwQueryValueKey (PASSIVE_LEVEL only) called from an IoCompletion routine, which may run at DISPATCH_LEVEL */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PDEVICE_OBJECT Lower;
    HANDLE ParamKey;
    ULONG Mode;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoRead;
IO_COMPLETION_ROUTINE DemoReadComplete;

NTSTATUS DemoReadComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PDEV_EXT ext = (PDEV_EXT)Context;
    UNICODE_STRING name;
    UCHAR buffer[64];
    ULONG length = 0;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (Irp->PendingReturned) {
        IoMarkIrpPending(Irp);
    }
    RtlInitUnicodeString(&name, L"Mode");
    ZwQueryValueKey(ext->ParamKey, &name, KeyValuePartialInformation, /* drvlint-expect: irql-too-high */
                    buffer, sizeof(buffer), &length);
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
