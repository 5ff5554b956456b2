/* Lock taken and released under the same condition; the PASSIVE_LEVEL call comes after both */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    BOOLEAN Shared;
    ULONG Opens;
    HANDLE Section;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoClose;

NTSTATUS DemoClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    BOOLEAN shared = ext->Shared;
    HANDLE section = NULL;
    KIRQL oldIrql = PASSIVE_LEVEL;

    if (shared) {
        KeAcquireSpinLock(&ext->Lock, &oldIrql);
    }
    ext->Opens--;
    if (ext->Opens == 0) {
        section = ext->Section;
        ext->Section = NULL;
    }
    if (shared) {
        KeReleaseSpinLock(&ext->Lock, oldIrql);
    }

    if (section != NULL) {
        ZwClose(section);
    }

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoClose;
    return STATUS_SUCCESS;
}
