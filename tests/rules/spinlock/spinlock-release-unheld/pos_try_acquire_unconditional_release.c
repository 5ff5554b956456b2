/* KeTryToAcquireSpinLockAtDpcLevel's result is ignored: the lock is released even when it was not acquired */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KDPC Dpc;
    KSPIN_LOCK Lock;
    ULONG Polls;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE DemoDpc;

VOID DemoDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PDEV_EXT ext = (PDEV_EXT)Context;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);

    (VOID)KeTryToAcquireSpinLockAtDpcLevel(&ext->Lock);
    ext->Polls++;
    KeReleaseSpinLockFromDpcLevel(&ext->Lock); /* drvlint-expect: spinlock-release-unheld */
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
