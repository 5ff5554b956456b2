/* A DPC takes a spin lock with KeAcquireSpinLock and releases it on every path of a switch */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KDPC Dpc;
    KSPIN_LOCK Lock;
    ULONG State;
    ULONG Resets;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE DemoDpc;

VOID DemoDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PDEV_EXT ext = (PDEV_EXT)Context;
    KIRQL oldIrql;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);

    KeAcquireSpinLock(&ext->Lock, &oldIrql);
    switch (ext->State) {
    case 0:
        KeReleaseSpinLock(&ext->Lock, oldIrql);
        return;
    case 1:
        ext->State = 2;
        break;
    default:
        ext->Resets++;
        ext->State = 0;
        break;
    }
    KeReleaseSpinLock(&ext->Lock, oldIrql);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PDEVICE_OBJECT dev;
    PDEV_EXT ext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoCreateDevice(DriverObject, sizeof(DEV_EXT), NULL, FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &dev);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    ext = (PDEV_EXT)dev->DeviceExtension;
    ext->State = 0;
    KeInitializeSpinLock(&ext->Lock);
    KeInitializeDpc(&ext->Dpc, DemoDpc, ext);
    return STATUS_SUCCESS;
}
