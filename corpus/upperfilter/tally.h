/*
 * tally.h - shared definitions of the Tally upper filter.
 *
 * Tally sits above a disk-class function driver and keeps per-device
 * counters: bytes read and written, failed transfers and the number of
 * 512-byte blocks that came back from the disk entirely zero-filled (a hint
 * for thin-provisioning tools). It passes every request through unchanged
 * and answers one private IOCTL with its counters.
 *
 * Because the disk below may hold a paging file, the filter follows the
 * paging-path rules: read, write and power handling stay resident, and
 * IRP_MN_DEVICE_USAGE_NOTIFICATION keeps DO_POWER_PAGABLE in step with the
 * rest of the stack.
 */
#ifndef TALLY_H
#define TALLY_H

#include <wdm.h>

#define TALLY_POOL_TAG   'ylaT'
#define TALLY_BLOCK_SIZE 512u

#define FILE_DEVICE_TALLY 0xA7B3
#define IOCTL_TALLY_GET_COUNTERS ((ULONG)CTL_CODE(FILE_DEVICE_TALLY, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS))

typedef struct _TALLY_COUNTERS {
    ULONGLONG BytesRead;
    ULONGLONG BytesWritten;
    ULONG ZeroBlocks;
    ULONG FailedTransfers;
    ULONG Flushes;
} TALLY_COUNTERS, *PTALLY_COUNTERS;

/* The first fields every caller understands; the rest came in version 2. */
#define TALLY_COUNTERS_V1_SIZE ((ULONG)FIELD_OFFSET(TALLY_COUNTERS, ZeroBlocks))

typedef struct _TALLY_EXTENSION {
    PDEVICE_OBJECT Self;
    PDEVICE_OBJECT Pdo;
    PDEVICE_OBJECT Lower;
    IO_REMOVE_LOCK RemoveLock;
    BOOLEAN Started;
    BOOLEAN Gone;                   /* surprise-removed */

    /* paging path */
    KEVENT PagingEvent;             /* serializes usage notifications */
    LONG PagingFiles;

    /* settings from the device's hardware key */
    BOOLEAN ScanZeroBlocks;
    BOOLEAN RefuseHibernation;

    /* counters */
    KSPIN_LOCK StatsLock;
    TALLY_COUNTERS Counters;
    LONG Completions;
} TALLY_EXTENSION, *PTALLY_EXTENSION;

/* ---- entry points ---------------------------------------------------------- */

DRIVER_INITIALIZE DriverEntry;
DRIVER_ADD_DEVICE TfAddDevice;
DRIVER_UNLOAD TfUnload;

DRIVER_DISPATCH TfDispatchPassThrough;
_Dispatch_type_(IRP_MJ_READ) _Dispatch_type_(IRP_MJ_WRITE) DRIVER_DISPATCH TfDispatchReadWrite;
_Dispatch_type_(IRP_MJ_DEVICE_CONTROL) DRIVER_DISPATCH TfDispatchDeviceControl;
_Dispatch_type_(IRP_MJ_PNP) DRIVER_DISPATCH TfDispatchPnp;
_Dispatch_type_(IRP_MJ_POWER) DRIVER_DISPATCH TfDispatchPower;
#ifdef DRVLINT_CLEAN_FLUSH_FORWARD_AND_WAIT
_Dispatch_type_(IRP_MJ_FLUSH_BUFFERS) DRIVER_DISPATCH TfDispatchFlush;
#endif

IO_COMPLETION_ROUTINE TfTransferDone;
IO_COMPLETION_ROUTINE TfLowerDone;

/* ---- helpers ------------------------------------------------------------------ */

/* filter.c */
_IRQL_requires_max_(APC_LEVEL)
NTSTATUS TfForwardAndWait(_In_ PTALLY_EXTENSION Ext, _In_ PIRP Irp);
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS TfPassDown(_In_ PTALLY_EXTENSION Ext, _In_ PIRP Irp);

/* rw.c */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID TfNoteTransfer(_In_ PTALLY_EXTENSION Ext, _In_ BOOLEAN Read, _In_ ULONG_PTR Bytes, _In_ ULONG ZeroBlocks);
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID TfSnapshotCounters(_In_ PTALLY_EXTENSION Ext, _Out_ PTALLY_COUNTERS Out);

/* pnp.c */
_IRQL_requires_(PASSIVE_LEVEL)
VOID TfLoadSettings(_In_ PTALLY_EXTENSION Ext);
_IRQL_requires_(PASSIVE_LEVEL)
VOID TfDetachFromStack(_In_ PTALLY_EXTENSION Ext);

#endif /* TALLY_H */
