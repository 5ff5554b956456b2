/* KeAcquireSpinLockAtDpcLevel in a threaded DPC, which may run at PASSIVE_LEVEL */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KDPC ThreadedDpc;
    KSPIN_LOCK Lock;
    ULONG Events;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE DemoThreadedDpc;

VOID DemoThreadedDpc(PKDPC Dpc, PVOID Context, PVOID Arg1, PVOID Arg2)
{
    PDEV_EXT ext = (PDEV_EXT)Context;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Arg1);
    UNREFERENCED_PARAMETER(Arg2);
    KeAcquireSpinLockAtDpcLevel(&ext->Lock); /* drvlint-expect: irql-too-low */
    ext->Events++;
    KeReleaseSpinLockFromDpcLevel(&ext->Lock); /* drvlint-expect: irql-too-low */
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
    ext->Events = 0;
    KeInitializeThreadedDpc(&ext->ThreadedDpc, DemoThreadedDpc, ext);
    return STATUS_SUCCESS;
}
