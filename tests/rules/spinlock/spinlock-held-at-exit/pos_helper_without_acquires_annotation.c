/* A helper called from a DPC acquires the lock and returns holding it, without _Acquires_lock_ */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KDPC Dpc;
    KSPIN_LOCK Lock;
    ULONG Events;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE DemoDpc;

static PDEV_EXT LockedExt(PVOID Context)
{
    PDEV_EXT ext = (PDEV_EXT)Context;
    KeAcquireSpinLockAtDpcLevel(&ext->Lock);
    return ext; /* drvlint-expect: spinlock-held-at-exit */
}

VOID DemoDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PDEV_EXT ext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);

    ext = LockedExt(Context);
    ext->Events++;
    KeReleaseSpinLockFromDpcLevel(&ext->Lock);
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
    KeInitializeSpinLock(&ext->Lock);
    KeInitializeDpc(&ext->Dpc, DemoDpc, ext);
    return STATUS_SUCCESS;
}
