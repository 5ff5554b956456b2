/* KeWaitForMutexObject with a non-zero timeout in a helper called from StartIo (DISPATCH_LEVEL) */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KMUTEX ConfigMutex;
    ULONG Config;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_STARTIO DemoStartIo;
DRIVER_DISPATCH DemoWrite;

static ULONG ReadConfig(PDEV_EXT Ext)
{
    LARGE_INTEGER timeout;
    ULONG value = 0;

    timeout.QuadPart = -50000LL; /* 5 ms */
    if (KeWaitForMutexObject(&Ext->ConfigMutex, Executive, KernelMode, FALSE, &timeout) /* drvlint-expect: irql-wait-at-dispatch */
        == STATUS_SUCCESS) {
        value = Ext->Config;
        KeReleaseMutex(&Ext->ConfigMutex, FALSE);
    }
    return value;
}

VOID DemoStartIo(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;

    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = ReadConfig(ext);
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
