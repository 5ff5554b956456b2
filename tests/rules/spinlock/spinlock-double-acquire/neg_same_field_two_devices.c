/* The same field of two different device extensions (the device's and the control device's) is locked in turn */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KSPIN_LOCK Lock;
    ULONG Count;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DemoDeviceControl;

static PDEVICE_OBJECT ControlDevice;

static VOID MoveCount(PDEV_EXT From, PDEV_EXT To)
{
    KIRQL oldIrql;

    KeAcquireSpinLock(&From->Lock, &oldIrql);
    KeAcquireSpinLockAtDpcLevel(&To->Lock);
    To->Count += From->Count;
    From->Count = 0;
    KeReleaseSpinLockFromDpcLevel(&To->Lock);
    KeReleaseSpinLock(&From->Lock, oldIrql);
}

NTSTATUS DemoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    if (DeviceObject != ControlDevice) {
        MoveCount((PDEV_EXT)DeviceObject->DeviceExtension, (PDEV_EXT)ControlDevice->DeviceExtension);
    }
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PDEV_EXT ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(DEV_EXT), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &ControlDevice);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PDEV_EXT)ControlDevice->DeviceExtension;
    KeInitializeSpinLock(&ext->Lock);
    ext->Count = 0;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = DemoDeviceControl;
    return STATUS_SUCCESS;
}
