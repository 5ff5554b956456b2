/* Copy-paste slip: a merge helper gets the same extension as source and target, so both names denote one lock */
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
    KeAcquireSpinLockAtDpcLevel(&To->Lock); /* drvlint-expect: spinlock-double-acquire */
    To->Count += From->Count;
    From->Count = 0;
    KeReleaseSpinLockFromDpcLevel(&To->Lock);
    KeReleaseSpinLock(&From->Lock, oldIrql);
}

NTSTATUS DemoDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PDEV_EXT ext = (PDEV_EXT)DeviceObject->DeviceExtension;

    MoveCount(ext, ext);
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
