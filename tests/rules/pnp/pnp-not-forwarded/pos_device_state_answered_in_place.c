/* Everything is passed down except IRP_MN_QUERY_PNP_DEVICE_STATE, which the
   driver answers itself and completes with success: only that minor code
   hides the request from the bus driver below. */
#include <wdm.h>

typedef struct _FDO_EXT {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT Lower;
    BOOLEAN Started;
    BOOLEAN Failed;
} FDO_EXT, *PFDO_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_ADD_DEVICE DemoAddDevice;
DRIVER_UNLOAD DemoUnload;
DRIVER_DISPATCH DemoPnp;
DRIVER_DISPATCH DemoPower;
DRIVER_DISPATCH DemoPassDown;
IO_COMPLETION_ROUTINE DemoSignalDone;

NTSTATUS DemoSignalDone(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);
    KeSetEvent((PKEVENT)Context, IO_NO_INCREMENT, FALSE);
    return STATUS_MORE_PROCESSING_REQUIRED;
}

static NTSTATUS DemoForwardAndWait(PFDO_EXT Ext, PIRP Irp)
{
    KEVENT event;
    NTSTATUS status;

    KeInitializeEvent(&event, NotificationEvent, FALSE);
    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, DemoSignalDone, &event, TRUE, TRUE, TRUE);
    status = IoCallDriver(Ext->Lower, Irp);
    if (status == STATUS_PENDING) {
        KeWaitForSingleObject(&event, Executive, KernelMode, FALSE, NULL);
        status = Irp->IoStatus.Status;
    }
    return status;
}

NTSTATUS DemoPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFDO_EXT ext = (PFDO_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    switch (stack->MinorFunction) {
    case IRP_MN_START_DEVICE:
        status = DemoForwardAndWait(ext, Irp);
        if (NT_SUCCESS(status)) {
            ext->Started = TRUE;
        }
        Irp->IoStatus.Status = status;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;

    case IRP_MN_REMOVE_DEVICE:
        ext->Started = FALSE;
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(ext->Lower, Irp);
        IoDetachDevice(ext->Lower);
        IoDeleteDevice(DeviceObject);
        return status;

    case IRP_MN_QUERY_PNP_DEVICE_STATE:
        if (ext->Failed) {
            Irp->IoStatus.Information |= PNP_DEVICE_FAILED;
        }
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoCompleteRequest(Irp, IO_NO_INCREMENT); /* drvlint-expect: pnp-not-forwarded */
        return STATUS_SUCCESS;

    default:
        IoSkipCurrentIrpStackLocation(Irp);
        return IoCallDriver(ext->Lower, Irp);
    }
}

NTSTATUS DemoPower(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFDO_EXT ext = (PFDO_EXT)DeviceObject->DeviceExtension;
    IoSkipCurrentIrpStackLocation(Irp);
    return PoCallDriver(ext->Lower, Irp);
}

NTSTATUS DemoPassDown(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFDO_EXT ext = (PFDO_EXT)DeviceObject->DeviceExtension;
    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->Lower, Irp);
}

NTSTATUS DemoAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo)
{
    PDEVICE_OBJECT fdo;
    PFDO_EXT ext;
    NTSTATUS status;

    status = IoCreateDevice(DriverObject, sizeof(FDO_EXT), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &fdo);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PFDO_EXT)fdo->DeviceExtension;
    ext->Self = fdo;
    ext->Started = FALSE;
    ext->Lower = IoAttachDeviceToDeviceStack(fdo, Pdo);
    if (ext->Lower == NULL) {
        IoDeleteDevice(fdo);
        return STATUS_NO_SUCH_DEVICE;
    }
    fdo->Flags |= DO_POWER_PAGABLE;
    fdo->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

VOID DemoUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverExtension->AddDevice = DemoAddDevice;
    DriverObject->DriverUnload = DemoUnload;
    DriverObject->MajorFunction[IRP_MJ_PNP] = DemoPnp;
    DriverObject->MajorFunction[IRP_MJ_POWER] = DemoPower;
    DriverObject->MajorFunction[IRP_MJ_SYSTEM_CONTROL] = DemoPassDown;
    return STATUS_SUCCESS;
}
