/* ctl.h - shared declarations of the two-file irp-double-complete case. */
#pragma once
#include <wdm.h>

#define IOCTL_DEMO_GET_COUNT CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_DEMO_RESET     CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _CTL_EXT {
    ULONG Count;
} CTL_EXT, *PCTL_EXT;

NTSTATUS CtlValidateBuffer(PIRP Irp, ULONG Needed);
