/* The saved IRQL is restored twice: the second KeLowerIrql has no matching raise */
#include <ntddk.h>

typedef struct _DEV_EXT {
    ULONG Reads;
    BOOLEAN Trace;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoRead;

NTSTATUS DemoRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    KIRQL oldIrql;

    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql);
    ext->Reads++;
    if (ext->Trace) {
        KeLowerIrql(oldIrql);
        ext->Trace = FALSE;
    }
    KeLowerIrql(oldIrql); /* drvlint-expect: irql-lower-unraised */

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_READ] = DemoRead;
    return STATUS_SUCCESS;
}
