/* sample.h - a small WDM driver used by the command-line tests. */
#pragma once
#include <ntddk.h>

typedef struct _SAMPLE_EXTENSION {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT Lower;
    KSPIN_LOCK Lock;
    KDPC Dpc;
    LONG Pending;
    HANDLE LogHandle;
} SAMPLE_EXTENSION, *PSAMPLE_EXTENSION;

DRIVER_INITIALIZE DriverEntry;
DRIVER_ADD_DEVICE SampleAddDevice;
DRIVER_UNLOAD SampleUnload;
_Dispatch_type_(IRP_MJ_CREATE) _Dispatch_type_(IRP_MJ_CLOSE) DRIVER_DISPATCH SampleCreateClose;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH SampleDeviceControl;
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH SamplePnp;
_Dispatch_type_(IRP_MJ_POWER) DRIVER_DISPATCH SamplePower;
_Dispatch_type_(IRP_MJ_SYSTEM_CONTROL) DRIVER_DISPATCH SampleSystemControl;
KDEFERRED_ROUTINE SampleDpc;
