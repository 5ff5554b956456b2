/*
 * registry.c - TSM-40 thermal monitor driver: registry access.
 *
 * Driver-wide defaults come from the service key's Parameters subkey
 * (RtlQueryRegistryValues); per-device settings and the calibration live in
 * the device's driver key, and the last sample and the limits are written
 * to its hardware key (IoOpenDeviceRegistryKey, ZwQueryValueKey,
 * ZwSetValueKey). All of it runs at PASSIVE_LEVEL and is pageable.
 */
#include "tsm.h"

/* A REG_DWORD value read with ZwQueryValueKey lands in this buffer. */
typedef struct _TSM_DWORD_VALUE {
    KEY_VALUE_PARTIAL_INFORMATION Header;
    ULONG Space;
} TSM_DWORD_VALUE;

/* REG_BINARY "Calibration": one signed offset per channel. */
typedef struct _TSM_CALIBRATION_VALUE {
    KEY_VALUE_PARTIAL_INFORMATION Header;
    LONG Space[TSM_CHANNELS];
} TSM_CALIBRATION_VALUE;

static NTSTATUS TsmQueryDword(_In_ HANDLE Key, _In_ PCWSTR Name, _Out_ PULONG Value);
static NTSTATUS TsmWriteBinary(_In_ PTSM_EXTENSION Ext, _In_ PCWSTR Name,
                               _In_reads_bytes_(Size) const VOID *Data, _In_ ULONG Size);

#ifdef ALLOC_PRAGMA
#pragma alloc_text(PAGE, TsmReadDefaults)
#pragma alloc_text(PAGE, TsmQueryIntervalRoutine)
#pragma alloc_text(PAGE, TsmQueryDword)
#pragma alloc_text(PAGE, TsmLoadDeviceSettings)
#pragma alloc_text(PAGE, TsmWriteBinary)
#pragma alloc_text(PAGE, TsmSaveLastSample)
#ifndef DRVLINT_BUG_SAVE_LIMITS_NOT_IN_PAGE
#pragma alloc_text(PAGE, TsmSaveLimits)
#endif
#pragma alloc_text(PAGE, TsmLookupChannelOverride)
#endif

/* Accepts a sampling interval only if it is a REG_DWORD the card can
   sustain; otherwise the default stays. */
NTSTATUS
TsmQueryIntervalRoutine(
    _In_z_ PWSTR ValueName,
    _In_ ULONG ValueType,
    _In_reads_bytes_opt_(ValueLength) PVOID ValueData,
    _In_ ULONG ValueLength,
    _In_opt_ PVOID Context,
    _In_opt_ PVOID EntryContext)
{
    PULONG interval = (PULONG)EntryContext;
    ULONG value;

    PAGED_CODE();

    UNREFERENCED_PARAMETER(ValueName);
    UNREFERENCED_PARAMETER(Context);

    if (ValueType != REG_DWORD || ValueLength != sizeof(ULONG) ||
        ValueData == NULL || interval == NULL) {
        return STATUS_SUCCESS;
    }
    value = *(const ULONG *)ValueData;
    if (value >= TSM_MIN_INTERVAL_MS) {
        *interval = value;
    }
    return STATUS_SUCCESS;
}

NTSTATUS
TsmReadDefaults(
    _In_ PUNICODE_STRING RegistryPath,
    _Out_ PTSM_SETTINGS Settings)
{
    RTL_QUERY_REGISTRY_TABLE table[5];
    ULONG depth = TSM_DEFAULT_DEPTH;
    ULONG persist = TSM_DEFAULT_PERSIST;
    NTSTATUS status;

    PAGED_CODE();

    UNREFERENCED_PARAMETER(RegistryPath);

    Settings->SampleIntervalMs = TSM_DEFAULT_INTERVAL_MS;
    RtlZeroMemory(table, sizeof(table));

    /* <service key>\Parameters */
    table[0].Flags = RTL_QUERY_REGISTRY_SUBKEY;
    table[0].Name = L"Parameters";

    table[1].QueryRoutine = TsmQueryIntervalRoutine;
    table[1].Name = L"SampleIntervalMs";
    table[1].EntryContext = &Settings->SampleIntervalMs;

    table[2].Flags = RTL_QUERY_REGISTRY_DIRECT | RTL_QUERY_REGISTRY_TYPECHECK;
    table[2].Name = L"HistoryDepth";
    table[2].EntryContext = &depth;
    table[2].DefaultType = (REG_DWORD << RTL_QUERY_REGISTRY_TYPECHECK_SHIFT) | REG_NONE;

    table[3].Flags = RTL_QUERY_REGISTRY_DIRECT | RTL_QUERY_REGISTRY_TYPECHECK;
    table[3].Name = L"PersistEvery";
    table[3].EntryContext = &persist;
    table[3].DefaultType = (REG_DWORD << RTL_QUERY_REGISTRY_TYPECHECK_SHIFT) | REG_NONE;

    /* TsmServiceKey is DriverEntry's NUL-terminated copy of RegistryPath. */
    status = RtlQueryRegistryValues(RTL_REGISTRY_ABSOLUTE,
                                    TsmServiceKey.Buffer,
                                    table,
                                    NULL,
                                    NULL);

    Settings->HistoryDepth = (depth == 0 || depth > TSM_MAX_DEPTH) ? TSM_DEFAULT_DEPTH : depth;
    Settings->PersistEvery = (persist == 0) ? TSM_DEFAULT_PERSIST : persist;
    return status;
}

static NTSTATUS
#ifdef DRVLINT_BUG_QUERY_HELPER_NO_PAGED_CODE
TsmQueryDword( /* drvlint-expect: paged-section-no-macro */
#else
TsmQueryDword(
#endif
    _In_ HANDLE Key,
    _In_ PCWSTR Name,
    _Out_ PULONG Value)
{
    UNICODE_STRING valueName;
    TSM_DWORD_VALUE buffer;
    ULONG resultLength = 0;
    NTSTATUS status;

#ifndef DRVLINT_BUG_QUERY_HELPER_NO_PAGED_CODE
    PAGED_CODE();
#endif

    *Value = 0;
    RtlInitUnicodeString(&valueName, Name);
    status = ZwQueryValueKey(Key,
                             &valueName,
                             KeyValuePartialInformation,
                             &buffer,
                             sizeof(buffer),
                             &resultLength);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (buffer.Header.Type != REG_DWORD || buffer.Header.DataLength != sizeof(ULONG)) {
        return STATUS_OBJECT_TYPE_MISMATCH;
    }
    *Value = *(const ULONG *)buffer.Header.Data;
    return STATUS_SUCCESS;
}

/* Per-device overrides (sampling interval, calibration) from the device's
   driver key, written there by the INF or the control panel. */
VOID
TsmLoadDeviceSettings(
    _Inout_ PTSM_EXTENSION Ext)
{
    HANDLE key = NULL;
    UNICODE_STRING valueName;
    TSM_CALIBRATION_VALUE calibration;
    ULONG resultLength = 0;
    ULONG interval;
    NTSTATUS status;
    ULONG i;

    PAGED_CODE();

    status = IoOpenDeviceRegistryKey(Ext->Pdo, PLUGPLAY_REGKEY_DRIVER, KEY_READ, &key);
    if (!NT_SUCCESS(status)) {
        return;                 /* driver-wide defaults apply */
    }

    if (NT_SUCCESS(TsmQueryDword(key, L"SampleIntervalMs", &interval)) &&
        interval >= TSM_MIN_INTERVAL_MS) {
        Ext->Settings.SampleIntervalMs = interval;
    }

#ifdef DRVLINT_BUG_LOAD_SETTINGS_PAGED_TWICE
    /* calibration (was TsmLoadCalibration before the two were merged) */
    PAGED_CODE(); /* drvlint-expect: paged-macro-twice */
#endif
    RtlInitUnicodeString(&valueName, L"Calibration");
    status = ZwQueryValueKey(key,
                             &valueName,
                             KeyValuePartialInformation,
                             &calibration,
                             sizeof(calibration),
                             &resultLength);
    if (NT_SUCCESS(status) &&
        calibration.Header.Type == REG_BINARY &&
        calibration.Header.DataLength == sizeof(calibration.Space)) {
        RtlCopyMemory(calibration.Space, calibration.Header.Data, sizeof(calibration.Space));
        for (i = 0; i < TSM_CHANNELS; i++) {
            Ext->Calibration[i] = calibration.Space[i];
        }
    }

    ZwClose(key);
}

/* Writes a REG_BINARY value under the device's hardware key. */
static NTSTATUS
TsmWriteBinary(
    _In_ PTSM_EXTENSION Ext,
    _In_ PCWSTR Name,
    _In_reads_bytes_(Size) const VOID *Data,
    _In_ ULONG Size)
{
    HANDLE key = NULL;
    UNICODE_STRING valueName;
    NTSTATUS status;

    PAGED_CODE();

    status = IoOpenDeviceRegistryKey(Ext->Pdo, PLUGPLAY_REGKEY_DEVICE, KEY_WRITE, &key);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    RtlInitUnicodeString(&valueName, Name);
    status = ZwSetValueKey(key, &valueName, 0, REG_BINARY, (PVOID)Data, Size);
    ZwClose(key);
    return status;
}

NTSTATUS
TsmSaveLastSample(
    _In_ PTSM_EXTENSION Ext,
    _In_ const TSM_SAMPLE *Sample)
{
    PAGED_CODE();

    return TsmWriteBinary(Ext, L"LastSample", Sample, sizeof(TSM_SAMPLE));
}

NTSTATUS
TsmSaveLimits(
    _In_ PTSM_EXTENSION Ext,
    _In_ const TSM_LIMITS *Limits)
{
#ifdef DRVLINT_BUG_SAVE_LIMITS_NOT_IN_PAGE
    PAGED_CODE(); /* drvlint-expect: paged-macro-no-section */
#else
    PAGED_CODE();
#endif

    return TsmWriteBinary(Ext, L"Limits", Limits, sizeof(TSM_LIMITS));
}

/* Site-specific limit for one channel (a sensor mounted next to a hot
   spot gets a higher limit), from <service key>\Parameters\ChannelN. */
LONG
TsmLookupChannelOverride(
    _In_ PTSM_EXTENSION Ext,
    _In_ ULONG Channel,
    _In_ LONG Limit)
{
    static const PCWSTR names[TSM_CHANNELS] = {
        L"Channel0Offset", L"Channel1Offset", L"Channel2Offset", L"Channel3Offset"
    };
    OBJECT_ATTRIBUTES attributes;
    HANDLE key = NULL;
    ULONG offset = 0;
    NTSTATUS status;

    PAGED_CODE();

    UNREFERENCED_PARAMETER(Ext);

    if (Channel >= TSM_CHANNELS || TsmServiceKey.Buffer == NULL) {
        return Limit;
    }
    InitializeObjectAttributes(&attributes,
                               &TsmServiceKey,
                               OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE,
                               NULL,
                               NULL);
    status = ZwOpenKey(&key, KEY_READ, &attributes);
    if (!NT_SUCCESS(status)) {
        return Limit;
    }
    if (NT_SUCCESS(TsmQueryDword(key, names[Channel], &offset)) && offset <= 20 * 16) {
        Limit += (LONG)offset;
    }
    ZwClose(key);
    return Limit;
}
