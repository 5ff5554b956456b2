/*
 * ctlq.h - shared definitions of ctlq.sys, a legacy (non-PnP) control
 * device driver.
 *
 * ctlq keeps a small in-memory journal of records that user-mode
 * components append and read, lets clients wait for the next record, and
 * relays "ping" and "flush" requests to a peer device that an
 * administrator names at run time. There is no hardware: DriverEntry
 * creates one named control device object and a symbolic link to it.
 *
 *   IOCTL_CTLQ_GET_INFO        METHOD_BUFFERED    version and totals
 *   IOCTL_CTLQ_APPEND          METHOD_IN_DIRECT   records to append (MDL)
 *   IOCTL_CTLQ_READ            METHOD_OUT_DIRECT  records from the journal (MDL)
 *   IOCTL_CTLQ_PEEK_COUNTERS   METHOD_NEITHER     per-processor counters
 *   IOCTL_CTLQ_WAIT            METHOD_BUFFERED    pends until a newer record exists
 *   IOCTL_CTLQ_SET_PEER        METHOD_BUFFERED    names the peer device
 *   IOCTL_CTLQ_PING_PEER       METHOD_BUFFERED    asynchronous ping of the peer
 *   IOCTL_CTLQ_FLUSH_PEER      METHOD_BUFFERED    asynchronous flush of the peer
 *   IOCTL_CTLQ_QUERY_PEER      METHOD_BUFFERED    synchronous query of the peer
 */
#ifndef CTLQ_H
#define CTLQ_H

#include <ntddk.h>

#define CTLQ_TAG                'qltC'
#define CTLQ_DEVICE_NAME        L"\\Device\\CtlQueue"
#define CTLQ_LINK_NAME          L"\\DosDevices\\CtlQueue"

#define CTLQ_VERSION            0x00010003
#define CTLQ_JOURNAL_SLOTS      64
#define CTLQ_PAYLOAD_BYTES      48
#define CTLQ_MAX_CPUS           64
#define CTLQ_WORKER_PERIOD_MS   500
#define CTLQ_WAIT_TICKS         20          /* a waiter times out after 20 worker periods */
#define CTLQ_PEER_NAME_CHARS    96
#define CTLQ_RELAY_RETRIES      3

/* ---- the IOCTL interface -------------------------------------------------- */

#define IOCTL_CTLQ_GET_INFO \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x900, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_CTLQ_APPEND \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x901, METHOD_IN_DIRECT, FILE_WRITE_ACCESS)
#define IOCTL_CTLQ_READ \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x902, METHOD_OUT_DIRECT, FILE_READ_ACCESS)
#define IOCTL_CTLQ_PEEK_COUNTERS \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x903, METHOD_NEITHER, FILE_READ_ACCESS)
#define IOCTL_CTLQ_WAIT \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x904, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_CTLQ_SET_PEER \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x905, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_CTLQ_PING_PEER \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x906, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_CTLQ_FLUSH_PEER \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x907, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_CTLQ_QUERY_PEER \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x908, METHOD_BUFFERED, FILE_READ_ACCESS)

/* What the peer device understands (sent by ctlq, not by applications). */
#define IOCTL_CTLQ_PEER_PING \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x980, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_CTLQ_PEER_QUERY \
    CTL_CODE(FILE_DEVICE_UNKNOWN, 0x981, METHOD_BUFFERED, FILE_ANY_ACCESS)

/* One journal record. */
typedef struct _CTLQ_RECORD {
    ULONG         Sequence;         /* assigned by the driver, starts at 1 */
    ULONG         Source;           /* chosen by the writer */
    LARGE_INTEGER Time;             /* system time of the append */
    UCHAR         Payload[CTLQ_PAYLOAD_BYTES];
} CTLQ_RECORD, *PCTLQ_RECORD;

/* IOCTL_CTLQ_GET_INFO output. */
typedef struct _CTLQ_INFO {
    ULONG Version;
    ULONG Records;                  /* records in the journal now */
    ULONG LastSequence;
    ULONG Waiters;                  /* IOCTL_CTLQ_WAIT requests pending */
    ULONG PeerConnected;
} CTLQ_INFO, *PCTLQ_INFO;

/* IOCTL_CTLQ_APPEND input (system buffer); the records follow in the MDL. */
typedef struct _CTLQ_APPEND_HEADER {
    ULONG Count;
} CTLQ_APPEND_HEADER, *PCTLQ_APPEND_HEADER;

/* IOCTL_CTLQ_READ input (system buffer); the records go to the MDL. */
typedef struct _CTLQ_READ_REQUEST {
    ULONG AfterSequence;
} CTLQ_READ_REQUEST, *PCTLQ_READ_REQUEST;

/* IOCTL_CTLQ_PEEK_COUNTERS: Type3InputBuffer in, UserBuffer out. */
typedef struct _CTLQ_PEEK_REQUEST {
    ULONG Processor;
} CTLQ_PEEK_REQUEST, *PCTLQ_PEEK_REQUEST;

typedef struct _CTLQ_CPU_COUNTERS {
    ULONG Requests;
    ULONG Appends;
    ULONG Waits;
    ULONG Relays;
} CTLQ_CPU_COUNTERS, *PCTLQ_CPU_COUNTERS;

/* IOCTL_CTLQ_WAIT input. Output: one CTLQ_RECORD. */
typedef struct _CTLQ_WAIT_REQUEST {
    ULONG AfterSequence;
} CTLQ_WAIT_REQUEST, *PCTLQ_WAIT_REQUEST;

/* IOCTL_CTLQ_SET_PEER input: an NT device name, NUL-terminated. */
typedef struct _CTLQ_PEER_NAME {
    WCHAR Name[CTLQ_PEER_NAME_CHARS];
} CTLQ_PEER_NAME, *PCTLQ_PEER_NAME;

/* What the peer answers to a ping or a query. */
typedef struct _CTLQ_PEER_REPLY {
    ULONG Status;
    ULONG Load;
    ULONG Serial;
} CTLQ_PEER_REPLY, *PCTLQ_PEER_REPLY;

/* ---- the device extension ----------------------------------------------------- */

typedef struct _CTLQ_EXTENSION {
    PDEVICE_OBJECT      Self;

    /* the journal (a ring) and the totals; any IRQL <= DISPATCH_LEVEL */
    KSPIN_LOCK          JournalLock;
    CTLQ_RECORD         Journal[CTLQ_JOURNAL_SLOTS];
    ULONG               JournalNext;        /* slot of the next append */
    ULONG               JournalCount;
    ULONG               LastSequence;

    /* per-processor counters, bumped at DISPATCH_LEVEL without a lock */
    CTLQ_CPU_COUNTERS   PerCpu[CTLQ_MAX_CPUS];

    /* pended IOCTL_CTLQ_WAIT requests (Tail.Overlay.ListEntry) */
    KSPIN_LOCK          QueueLock;
    LIST_ENTRY          WaitQueue;
    ULONG               QueuedCount;
    BOOLEAN             Stopping;           /* Unload started: queue nothing more */

    /* the worker thread */
    PKTHREAD            Worker;             /* referenced thread object */
    KEVENT              StopEvent;          /* notification: the worker must exit */
    KEVENT              WorkEvent;          /* synchronization: new records */

    /* the peer device */
    KSPIN_LOCK          PeerLock;
    PDEVICE_OBJECT      PeerDevice;
    PFILE_OBJECT        PeerFile;           /* holds the reference on PeerDevice */
    LONG                RelaysInFlight;     /* biased by one until Unload */
    KEVENT              RelaysIdle;
} CTLQ_EXTENSION, *PCTLQ_EXTENSION;

/* One asynchronous relay: our own IRP to the peer on behalf of a client's. */
typedef struct _CTLQ_RELAY {
    PCTLQ_EXTENSION     Ext;
    PIRP                ClientIrp;
    PIRP                OwnIrp;
    PDEVICE_OBJECT      PeerDevice;
    PFILE_OBJECT        PeerFile;           /* referenced for the relay's lifetime */
    UCHAR               Major;              /* IRP_MJ_DEVICE_CONTROL or IRP_MJ_FLUSH_BUFFERS */
    ULONG               Retries;
    CTLQ_PEER_REPLY     Reply;
} CTLQ_RELAY, *PCTLQ_RELAY;

/* ---- driver.c ------------------------------------------------------------------ */

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD CtlqUnload;
DRIVER_DISPATCH CtlqDispatchCreateClose;
DRIVER_DISPATCH CtlqDispatchCleanup;
DRIVER_DISPATCH CtlqDispatchDeviceControl;

NTSTATUS CtlqCompleteRequest(_Inout_ PIRP Irp, _In_ NTSTATUS Status, _In_ ULONG_PTR Information);

/* ---- journal.c ----------------------------------------------------------------- */

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG CtlqJournalAppend(_In_ PCTLQ_EXTENSION Ext, _In_ ULONG Source,
                        _In_reads_bytes_(Length) const UCHAR *Payload, _In_ ULONG Length);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN CtlqJournalFind(_In_ PCTLQ_EXTENSION Ext, _In_ ULONG AfterSequence, _Out_ PCTLQ_RECORD Record);

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG CtlqJournalCopy(_In_ PCTLQ_EXTENSION Ext, _In_ ULONG AfterSequence,
                      _Out_writes_(Capacity) PCTLQ_RECORD Records, _In_ ULONG Capacity);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID CtlqJournalTotals(_In_ PCTLQ_EXTENSION Ext, _Out_ PULONG Records, _Out_ PULONG LastSequence);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID CtlqKickWorker(_In_ PCTLQ_EXTENSION Ext);

/* ---- queue.c ------------------------------------------------------------------- */

DRIVER_CANCEL CtlqCancelWait;

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS CtlqQueueWait(_In_ PCTLQ_EXTENSION Ext, _Inout_ PIRP Irp);

_IRQL_requires_(PASSIVE_LEVEL)
VOID CtlqServiceWaits(_In_ PCTLQ_EXTENSION Ext, _In_ BOOLEAN Tick);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID CtlqCancelFileWaits(_In_ PCTLQ_EXTENSION Ext, _In_opt_ PFILE_OBJECT FileObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID CtlqFinishWait(_Inout_ PIRP Irp, _In_ NTSTATUS Status, _In_opt_ PCTLQ_RECORD Record);

/* ---- worker.c ------------------------------------------------------------------ */

KSTART_ROUTINE CtlqWorkerThread;

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS CtlqStartWorker(_In_ PCTLQ_EXTENSION Ext);

_IRQL_requires_(PASSIVE_LEVEL)
VOID CtlqStopWorker(_In_ PCTLQ_EXTENSION Ext);

/* ---- relay.c ------------------------------------------------------------------- */

IO_COMPLETION_ROUTINE CtlqRelayComplete;

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS CtlqSetPeer(_In_ PCTLQ_EXTENSION Ext, _In_opt_ PCTLQ_PEER_NAME Name);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS CtlqRelayStart(_In_ PCTLQ_EXTENSION Ext, _Inout_ PIRP ClientIrp, _In_ UCHAR Major);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS CtlqQueryPeer(_In_ PCTLQ_EXTENSION Ext, _Out_ PCTLQ_PEER_REPLY Reply);

_IRQL_requires_(PASSIVE_LEVEL)
VOID CtlqDrainRelays(_In_ PCTLQ_EXTENSION Ext);

#endif /* CTLQ_H */
