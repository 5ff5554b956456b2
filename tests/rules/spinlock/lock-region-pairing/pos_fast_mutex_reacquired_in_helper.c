/* A helper acquires the fast mutex that its caller already holds (fast mutexes are not recursive) */
#include <ntddk.h>

typedef struct _DEV_EXT {
    FAST_MUTEX ListMutex;
    ULONG Entries;
    ULONG Generation;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreate;

static VOID BumpGeneration(PDEV_EXT Ext)
{
    ExAcquireFastMutex(&Ext->ListMutex); /* drvlint-expect: lock-region-pairing */
    Ext->Generation++;
    ExReleaseFastMutex(&Ext->ListMutex);
}

NTSTATUS DemoCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;

    ExAcquireFastMutex(&ext->ListMutex);
    ext->Entries++;
    BumpGeneration(ext);
    ExReleaseFastMutex(&ext->ListMutex);

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreate;
    return STATUS_SUCCESS;
}
