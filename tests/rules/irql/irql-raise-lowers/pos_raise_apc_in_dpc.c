/* KeRaiseIrql(APC_LEVEL) inside a DPC, which already runs at DISPATCH_LEVEL */
#include <ntddk.h>

typedef struct _DEV_EXT {
    KDPC Dpc;
    ULONG Ticks;
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

    KeRaiseIrql(APC_LEVEL, &oldIrql); /* drvlint-expect: irql-raise-lowers */
    ext->Ticks++;
    KeLowerIrql(oldIrql);
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
    ext->Ticks = 0;
    KeInitializeDpc(&ext->Dpc, DemoDpc, ext);
    return STATUS_SUCCESS;
}
