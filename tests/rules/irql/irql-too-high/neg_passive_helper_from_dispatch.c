/* A helper declared _IRQL_requires_max_(PASSIVE_LEVEL) is called only from a PASSIVE_LEVEL dispatch routine */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PDEVICE_OBJECT Pdo;
    ULONG BusNumber;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoCreate;

_IRQL_requires_max_(PASSIVE_LEVEL)
static NTSTATUS ReadBusNumber(PDEV_EXT Ext)
{
    ULONG length = 0;
    return IoGetDeviceProperty(Ext->Pdo, DevicePropertyBusNumber, sizeof(Ext->BusNumber),
                               &Ext->BusNumber, &length);
}

NTSTATUS DemoCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;
    NTSTATUS status;

    status = ReadBusNumber(ext);
    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreate;
    return STATUS_SUCCESS;
}
