/* A pool-type parameter set to PagedPool flows into an allocation helper called from StartIo */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PVOID Scratch;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_STARTIO DemoStartIo;
DRIVER_DISPATCH DemoWrite;

static PVOID AllocScratch(POOL_TYPE PoolType, SIZE_T Size)
{
    return ExAllocatePoolWithTag(PoolType, Size, 'rcSD'); /* drvlint-expect: irql-paged-pool-at-dispatch */
}

VOID DemoStartIo(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    NTSTATUS status = STATUS_SUCCESS;

    if (ext->Scratch == NULL) {
        ext->Scratch = AllocScratch(PagedPool, 128);
        if (ext->Scratch == NULL) {
            status = STATUS_INSUFFICIENT_RESOURCES;
        }
    }
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoStartNextPacket(DeviceObject, FALSE);
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
}

NTSTATUS DemoWrite(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    IoMarkIrpPending(Irp);
    IoStartPacket(DeviceObject, Irp, NULL, NULL);
    return STATUS_PENDING;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_WRITE] = DemoWrite;
    DriverObject->DriverStartIo = DemoStartIo;
    return STATUS_SUCCESS;
}
