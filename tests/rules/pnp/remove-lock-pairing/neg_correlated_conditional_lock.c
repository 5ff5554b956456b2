/* Only requests that touch the hardware take the remove lock; the release at
   the end is guarded by the same condition, so on every path the lock is
   released exactly when it was acquired. */
#include <wdm.h>

#define DEMO_TAG 'omeD'

typedef struct _FDO_EXT {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT Lower;
    IO_REMOVE_LOCK RemoveLock;
    BOOLEAN Started;
    ULONG Threshold;
} FDO_EXT, *PFDO_EXT;

#define IOCTL_DEMO_SET_THRESHOLD CTL_CODE(FILE_DEVICE_UNKNOWN, 0x880, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_DEMO_GET_THRESHOLD CTL_CODE(FILE_DEVICE_UNKNOWN, 0x881, METHOD_BUFFERED, FILE_READ_ACCESS)

DRIVER_INITIALIZE DriverEntry;
DRIVER_ADD_DEVICE DemoAddDevice;
DRIVER_UNLOAD DemoUnload;
DRIVER_DISPATCH DemoPnp;
DRIVER_DISPATCH DemoPower;
DRIVER_DISPATCH DemoSystemControl;
DRIVER_DISPATCH DemoCreateClose;
DRIVER_DISPATCH DemoDeviceControl;

static NTSTATUS DemoFailRequest(PIRP Irp, NTSTATUS Status)
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

NTSTATUS DemoPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFDO_EXT ext = (PFDO_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        return DemoFailRequest(Irp, status);
    }

    if (stack->MinorFunction == IRP_MN_REMOVE_DEVICE) {
        ext->Started = FALSE;
        IoReleaseRemoveLockAndWait(&ext->RemoveLock, Irp);
        Irp->IoStatus.Status = STATUS_SUCCESS;
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(ext->Lower, Irp);
        IoDetachDevice(ext->Lower);
        IoDeleteDevice(DeviceObject);
        return status;
    }

    if (stack->MinorFunction == IRP_MN_SURPRISE_REMOVAL) {
        ext->Started = FALSE;
        Irp->IoStatus.Status = STATUS_SUCCESS;
    }
    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(ext->Lower, Irp);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status;
}

NTSTATUS DemoPower(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFDO_EXT ext = (PFDO_EXT)DeviceObject->DeviceExtension;
    NTSTATUS status;

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        PoStartNextPowerIrp(Irp);
        return DemoFailRequest(Irp, status);
    }
    IoSkipCurrentIrpStackLocation(Irp);
    status = PoCallDriver(ext->Lower, Irp);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status;
}

NTSTATUS DemoSystemControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFDO_EXT ext = (PFDO_EXT)DeviceObject->DeviceExtension;
    NTSTATUS status;

    status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
    if (!NT_SUCCESS(status)) {
        return DemoFailRequest(Irp, status);
    }
    IoSkipCurrentIrpStackLocation(Irp);
    status = IoCallDriver(ext->Lower, Irp);
    IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    return status;
}

NTSTATUS DemoCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    UNREFERENCED_PARAMETER(DeviceObject);
    return DemoFailRequest(Irp, STATUS_SUCCESS);
}

NTSTATUS DemoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFDO_EXT ext = (PFDO_EXT)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG code = stack->Parameters.DeviceIoControl.IoControlCode;
    BOOLEAN touchesHardware = (code == IOCTL_DEMO_SET_THRESHOLD);
    NTSTATUS status = STATUS_SUCCESS;
    ULONG_PTR info = 0;

    if (touchesHardware) {
        status = IoAcquireRemoveLock(&ext->RemoveLock, Irp);
        if (!NT_SUCCESS(status)) {
            return DemoFailRequest(Irp, status);
        }
    }

    if (code == IOCTL_DEMO_SET_THRESHOLD) {
        if (stack->Parameters.DeviceIoControl.InputBufferLength < sizeof(ULONG)) {
            status = STATUS_BUFFER_TOO_SMALL;
        } else {
            ext->Threshold = *(PULONG)Irp->AssociatedIrp.SystemBuffer;
        }
    } else if (code == IOCTL_DEMO_GET_THRESHOLD) {
        if (stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(ULONG)) {
            status = STATUS_BUFFER_TOO_SMALL;
        } else {
            *(PULONG)Irp->AssociatedIrp.SystemBuffer = ext->Threshold;
            info = sizeof(ULONG);
        }
    } else {
        status = STATUS_INVALID_DEVICE_REQUEST;
    }

    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = info;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    if (touchesHardware) {
        IoReleaseRemoveLock(&ext->RemoveLock, Irp);
    }
    return status;
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
    IoInitializeRemoveLock(&ext->RemoveLock, DEMO_TAG, 0, 0);
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
    DriverObject->MajorFunction[IRP_MJ_SYSTEM_CONTROL] = DemoSystemControl;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = DemoCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DemoDeviceControl;
    return STATUS_SUCCESS;
}
