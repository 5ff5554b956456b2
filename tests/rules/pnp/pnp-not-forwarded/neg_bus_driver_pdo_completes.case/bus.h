/* bus.h - device extensions of the demo bus driver (FDO and child PDOs). */
#pragma once
#include <wdm.h>

typedef struct _COMMON_EXT {
    BOOLEAN IsFdo;
    PDEVICE_OBJECT Self;
} COMMON_EXT, *PCOMMON_EXT;

typedef struct _FDO_EXT {
    COMMON_EXT Common;
    PDEVICE_OBJECT Lower;
    PDEVICE_OBJECT Child;
} FDO_EXT, *PFDO_EXT;

typedef struct _PDO_EXT {
    COMMON_EXT Common;
    ULONG Port;
    BOOLEAN Present;
    BOOLEAN Started;
} PDO_EXT, *PPDO_EXT;

NTSTATUS BusFdoPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp);
NTSTATUS BusPdoPnp(PDEVICE_OBJECT DeviceObject, PIRP Irp);
