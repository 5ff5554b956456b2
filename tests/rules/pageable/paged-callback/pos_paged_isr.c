/* An interrupt service routine in the PAGE section is connected with IoConnectInterrupt */
#include <ntddk.h>

typedef struct _DEV_EXT {
    PKINTERRUPT Interrupt;
    ULONG Interrupts;
} DEV_EXT, *PDEV_EXT;

DRIVER_INITIALIZE DriverEntry;
KSERVICE_ROUTINE DemoIsr;

#pragma alloc_text(PAGE, DemoIsr)

BOOLEAN DemoIsr(PKINTERRUPT Interrupt, PVOID ServiceContext)
{
    PDEV_EXT ext = (PDEV_EXT)ServiceContext;

    PAGED_CODE();
    UNREFERENCED_PARAMETER(Interrupt);
    ext->Interrupts++;
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
    status = IoConnectInterrupt(&ext->Interrupt, DemoIsr, ext, NULL, 5, 5, 5, /* drvlint-expect: paged-callback */
                                LevelSensitive, TRUE, 1, FALSE);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(dev);
    }
    return status;
}
