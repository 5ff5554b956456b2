/* KeRaiseIrql(DISPATCH_LEVEL) inside an ISR, which runs at DIRQL (above DISPATCH_LEVEL) */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PKINTERRUPT Interrupt;
    ULONG Interrupts;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
KSERVICE_ROUTINE DemoIsr;

BOOLEAN DemoIsr(PKINTERRUPT Interrupt, PVOID ServiceContext)
{
    PDEV_EXT ext = (PDEV_EXT)ServiceContext;
    KIRQL oldIrql;

    UNREFERENCED_PARAMETER(Interrupt);
    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql); /* drvlint-expect: irql-raise-lowers */
    ext->Interrupts++;
    KeLowerIrql(oldIrql);
    return TRUE;
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
    ext->Interrupts = 0;
    status = IoConnectInterrupt(&ext->Interrupt, DemoIsr, ext, NULL, 5, 5, 5,
                                LevelSensitive, TRUE, 1, FALSE);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(dev);
    }
    return status;
}
