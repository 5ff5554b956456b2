/*
 * drvlint/wdm_se.h - part of drvlint's wdm.h model (include <wdm.h>).
 *
 * Security: access rights, generic mappings, SIDs and ACLs (as far as
 * drivers build them), security descriptors, privilege sets, subject
 * contexts, access state and quality of service.
 */
#ifndef _DRVLINT_WDM_SE_H_
#define _DRVLINT_WDM_SE_H_

/* ---- Access rights ---------------------------------------------------- */
#define DELETE                    (0x00010000L)
#define READ_CONTROL              (0x00020000L)
#define WRITE_DAC                 (0x00040000L)
#define WRITE_OWNER               (0x00080000L)
#define SYNCHRONIZE               (0x00100000L)
#define STANDARD_RIGHTS_REQUIRED  (0x000F0000L)
#define STANDARD_RIGHTS_READ      (READ_CONTROL)
#define STANDARD_RIGHTS_WRITE     (READ_CONTROL)
#define STANDARD_RIGHTS_EXECUTE   (READ_CONTROL)
#define STANDARD_RIGHTS_ALL       (0x001F0000L)
#define SPECIFIC_RIGHTS_ALL       (0x0000FFFFL)
#define ACCESS_SYSTEM_SECURITY    (0x01000000L)
#define MAXIMUM_ALLOWED           (0x02000000L)
#define GENERIC_READ              (0x80000000L)
#define GENERIC_WRITE             (0x40000000L)
#define GENERIC_EXECUTE           (0x20000000L)
#define GENERIC_ALL               (0x10000000L)

struct _GENERIC_MAPPING {
    ACCESS_MASK GenericRead;
    ACCESS_MASK GenericWrite;
    ACCESS_MASK GenericExecute;
    ACCESS_MASK GenericAll;
};

/* ---- LUIDs and privileges --------------------------------------------------- */
#pragma pack(push, 4)
typedef struct _LUID_AND_ATTRIBUTES {
    LUID Luid;
    ULONG Attributes;
} LUID_AND_ATTRIBUTES, *PLUID_AND_ATTRIBUTES;
#pragma pack(pop)

typedef LUID_AND_ATTRIBUTES LUID_AND_ATTRIBUTES_ARRAY[ANYSIZE_ARRAY];
typedef LUID_AND_ATTRIBUTES_ARRAY *PLUID_AND_ATTRIBUTES_ARRAY;

#define SE_PRIVILEGE_ENABLED_BY_DEFAULT (0x00000001L)
#define SE_PRIVILEGE_ENABLED            (0x00000002L)
#define SE_PRIVILEGE_REMOVED            (0x00000004L)
#define SE_PRIVILEGE_USED_FOR_ACCESS    (0x80000000L)
#define PRIVILEGE_SET_ALL_NECESSARY     (1)

struct _PRIVILEGE_SET {
    ULONG PrivilegeCount;
    ULONG Control;
    LUID_AND_ATTRIBUTES Privilege[ANYSIZE_ARRAY];
};

#define INITIAL_PRIVILEGE_COUNT 3

typedef struct _INITIAL_PRIVILEGE_SET {
    ULONG PrivilegeCount;
    ULONG Control;
    LUID_AND_ATTRIBUTES Privilege[INITIAL_PRIVILEGE_COUNT];
} INITIAL_PRIVILEGE_SET, *PINITIAL_PRIVILEGE_SET;

/* Well-known privilege values (SeSinglePrivilegeCheck) */
#define SE_MIN_WELL_KNOWN_PRIVILEGE        (2L)
#define SE_CREATE_TOKEN_PRIVILEGE          (2L)
#define SE_ASSIGNPRIMARYTOKEN_PRIVILEGE    (3L)
#define SE_LOCK_MEMORY_PRIVILEGE           (4L)
#define SE_INCREASE_QUOTA_PRIVILEGE        (5L)
#define SE_MACHINE_ACCOUNT_PRIVILEGE       (6L)
#define SE_TCB_PRIVILEGE                   (7L)
#define SE_SECURITY_PRIVILEGE              (8L)
#define SE_TAKE_OWNERSHIP_PRIVILEGE        (9L)
#define SE_LOAD_DRIVER_PRIVILEGE           (10L)
#define SE_SYSTEM_PROFILE_PRIVILEGE        (11L)
#define SE_SYSTEMTIME_PRIVILEGE            (12L)
#define SE_PROF_SINGLE_PROCESS_PRIVILEGE   (13L)
#define SE_INC_BASE_PRIORITY_PRIVILEGE     (14L)
#define SE_CREATE_PAGEFILE_PRIVILEGE       (15L)
#define SE_CREATE_PERMANENT_PRIVILEGE      (16L)
#define SE_BACKUP_PRIVILEGE                (17L)
#define SE_RESTORE_PRIVILEGE               (18L)
#define SE_SHUTDOWN_PRIVILEGE              (19L)
#define SE_DEBUG_PRIVILEGE                 (20L)
#define SE_AUDIT_PRIVILEGE                 (21L)
#define SE_SYSTEM_ENVIRONMENT_PRIVILEGE    (22L)
#define SE_CHANGE_NOTIFY_PRIVILEGE         (23L)
#define SE_REMOTE_SHUTDOWN_PRIVILEGE       (24L)
#define SE_UNDOCK_PRIVILEGE                (25L)
#define SE_SYNC_AGENT_PRIVILEGE            (26L)
#define SE_ENABLE_DELEGATION_PRIVILEGE     (27L)
#define SE_MANAGE_VOLUME_PRIVILEGE         (28L)
#define SE_IMPERSONATE_PRIVILEGE           (29L)
#define SE_CREATE_GLOBAL_PRIVILEGE         (30L)
#define SE_TRUSTED_CREDMAN_ACCESS_PRIVILEGE (31L)
#define SE_RELABEL_PRIVILEGE               (32L)
#define SE_INC_WORKING_SET_PRIVILEGE       (33L)
#define SE_TIME_ZONE_PRIVILEGE             (34L)
#define SE_CREATE_SYMBOLIC_LINK_PRIVILEGE  (35L)
#define SE_DELEGATE_SESSION_USER_IMPERSONATE_PRIVILEGE (36L)
#define SE_MAX_WELL_KNOWN_PRIVILEGE        SE_DELEGATE_SESSION_USER_IMPERSONATE_PRIVILEGE

/* ---- SIDs and ACLs --------------------------------------------------------------- */
typedef struct _SID_IDENTIFIER_AUTHORITY {
    UCHAR Value[6];
} SID_IDENTIFIER_AUTHORITY, *PSID_IDENTIFIER_AUTHORITY;

typedef struct _SID {
    UCHAR Revision;
    UCHAR SubAuthorityCount;
    SID_IDENTIFIER_AUTHORITY IdentifierAuthority;
    ULONG SubAuthority[ANYSIZE_ARRAY];
} SID, *PISID;

#define SID_REVISION                     (1)
#define SID_MAX_SUB_AUTHORITIES          (15)
#define SID_RECOMMENDED_SUB_AUTHORITIES  (1)
#define SECURITY_MAX_SID_SIZE \
    (sizeof(SID) - sizeof(ULONG) + (SID_MAX_SUB_AUTHORITIES * sizeof(ULONG)))

#define SECURITY_NULL_SID_AUTHORITY       {0, 0, 0, 0, 0, 0}
#define SECURITY_WORLD_SID_AUTHORITY      {0, 0, 0, 0, 0, 1}
#define SECURITY_LOCAL_SID_AUTHORITY      {0, 0, 0, 0, 0, 2}
#define SECURITY_CREATOR_SID_AUTHORITY    {0, 0, 0, 0, 0, 3}
#define SECURITY_NT_AUTHORITY             {0, 0, 0, 0, 0, 5}
#define SECURITY_WORLD_RID                (0x00000000L)
#define SECURITY_LOCAL_SYSTEM_RID         (0x00000012L)
#define SECURITY_LOCAL_SERVICE_RID        (0x00000013L)
#define SECURITY_NETWORK_SERVICE_RID      (0x00000014L)
#define SECURITY_BUILTIN_DOMAIN_RID       (0x00000020L)
#define DOMAIN_ALIAS_RID_ADMINS           (0x00000220L)
#define DOMAIN_ALIAS_RID_USERS            (0x00000221L)

struct _ACL {
    UCHAR AclRevision;
    UCHAR Sbz1;
    USHORT AclSize;
    USHORT AceCount;
    USHORT Sbz2;
};

#define ACL_REVISION     (2)
#define ACL_REVISION_DS  (4)

typedef struct _ACE_HEADER {
    UCHAR AceType;
    UCHAR AceFlags;
    USHORT AceSize;
} ACE_HEADER, *PACE_HEADER;

#define ACCESS_ALLOWED_ACE_TYPE  (0x0)
#define ACCESS_DENIED_ACE_TYPE   (0x1)
#define SYSTEM_AUDIT_ACE_TYPE    (0x2)
#define SYSTEM_ALARM_ACE_TYPE    (0x3)

#define OBJECT_INHERIT_ACE        (0x1)
#define CONTAINER_INHERIT_ACE     (0x2)
#define NO_PROPAGATE_INHERIT_ACE  (0x4)
#define INHERIT_ONLY_ACE          (0x8)
#define INHERITED_ACE             (0x10)

typedef struct _ACCESS_ALLOWED_ACE {
    ACE_HEADER Header;
    ACCESS_MASK Mask;
    ULONG SidStart;
} ACCESS_ALLOWED_ACE, *PACCESS_ALLOWED_ACE;

typedef struct _ACCESS_DENIED_ACE {
    ACE_HEADER Header;
    ACCESS_MASK Mask;
    ULONG SidStart;
} ACCESS_DENIED_ACE, *PACCESS_DENIED_ACE;

/* ---- Security descriptors -------------------------------------------------------------- */
typedef USHORT SECURITY_DESCRIPTOR_CONTROL, *PSECURITY_DESCRIPTOR_CONTROL;

#define SE_OWNER_DEFAULTED        (0x0001)
#define SE_GROUP_DEFAULTED        (0x0002)
#define SE_DACL_PRESENT           (0x0004)
#define SE_DACL_DEFAULTED         (0x0008)
#define SE_SACL_PRESENT           (0x0010)
#define SE_SACL_DEFAULTED         (0x0020)
#define SE_DACL_AUTO_INHERIT_REQ  (0x0100)
#define SE_SACL_AUTO_INHERIT_REQ  (0x0200)
#define SE_DACL_AUTO_INHERITED    (0x0400)
#define SE_SACL_AUTO_INHERITED    (0x0800)
#define SE_DACL_PROTECTED         (0x1000)
#define SE_SACL_PROTECTED         (0x2000)
#define SE_RM_CONTROL_VALID       (0x4000)
#define SE_SELF_RELATIVE          (0x8000)

#define SECURITY_DESCRIPTOR_REVISION  (1)
#define SECURITY_DESCRIPTOR_REVISION1 (1)

/* Absolute-format security descriptor. PSECURITY_DESCRIPTOR stays PVOID. */
typedef struct _SECURITY_DESCRIPTOR {
    UCHAR Revision;
    UCHAR Sbz1;
    SECURITY_DESCRIPTOR_CONTROL Control;
    PSID Owner;
    PSID Group;
    PACL Sacl;
    PACL Dacl;
} SECURITY_DESCRIPTOR, *PISECURITY_DESCRIPTOR;

typedef struct _SECURITY_DESCRIPTOR_RELATIVE {
    UCHAR Revision;
    UCHAR Sbz1;
    SECURITY_DESCRIPTOR_CONTROL Control;
    ULONG Owner;
    ULONG Group;
    ULONG Sacl;
    ULONG Dacl;
} SECURITY_DESCRIPTOR_RELATIVE, *PISECURITY_DESCRIPTOR_RELATIVE;

#define SECURITY_DESCRIPTOR_MIN_LENGTH (sizeof(SECURITY_DESCRIPTOR))

/* SECURITY_INFORMATION bits */
#define OWNER_SECURITY_INFORMATION             (0x00000001L)
#define GROUP_SECURITY_INFORMATION             (0x00000002L)
#define DACL_SECURITY_INFORMATION              (0x00000004L)
#define SACL_SECURITY_INFORMATION              (0x00000008L)
#define LABEL_SECURITY_INFORMATION             (0x00000010L)
#define ATTRIBUTE_SECURITY_INFORMATION         (0x00000020L)
#define SCOPE_SECURITY_INFORMATION             (0x00000040L)
#define PROCESS_TRUST_LABEL_SECURITY_INFORMATION (0x00000080L)
#define BACKUP_SECURITY_INFORMATION            (0x00010000L)
#define PROTECTED_DACL_SECURITY_INFORMATION    (0x80000000L)
#define PROTECTED_SACL_SECURITY_INFORMATION    (0x40000000L)
#define UNPROTECTED_DACL_SECURITY_INFORMATION  (0x20000000L)
#define UNPROTECTED_SACL_SECURITY_INFORMATION  (0x10000000L)

/* ---- Impersonation and subject context ------------------------------------------------------ */
typedef enum _SECURITY_IMPERSONATION_LEVEL {
    SecurityAnonymous,
    SecurityIdentification,
    SecurityImpersonation,
    SecurityDelegation
} SECURITY_IMPERSONATION_LEVEL, *PSECURITY_IMPERSONATION_LEVEL;

#define SECURITY_MAX_IMPERSONATION_LEVEL SecurityDelegation
#define SECURITY_MIN_IMPERSONATION_LEVEL SecurityAnonymous
#define DEFAULT_IMPERSONATION_LEVEL      SecurityImpersonation

typedef BOOLEAN SECURITY_CONTEXT_TRACKING_MODE, *PSECURITY_CONTEXT_TRACKING_MODE;
#define SECURITY_DYNAMIC_TRACKING  (TRUE)
#define SECURITY_STATIC_TRACKING   (FALSE)

struct _SECURITY_QUALITY_OF_SERVICE {
    ULONG Length;
    SECURITY_IMPERSONATION_LEVEL ImpersonationLevel;
    SECURITY_CONTEXT_TRACKING_MODE ContextTrackingMode;
    BOOLEAN EffectiveOnly;
};

typedef enum _TOKEN_TYPE {
    TokenPrimary = 1,
    TokenImpersonation
} TOKEN_TYPE, *PTOKEN_TYPE;

struct _SECURITY_SUBJECT_CONTEXT {
    PACCESS_TOKEN ClientToken;
    SECURITY_IMPERSONATION_LEVEL ImpersonationLevel;
    PACCESS_TOKEN PrimaryToken;
    PVOID ProcessAuditId;
};

/* Access state built by the I/O manager for a create request. */
struct _ACCESS_STATE {
    LUID OperationID;
    BOOLEAN SecurityEvaluated;
    BOOLEAN GenerateAudit;
    BOOLEAN GenerateOnClose;
    BOOLEAN PrivilegesAllocated;
    ULONG Flags;
    ACCESS_MASK RemainingDesiredAccess;
    ACCESS_MASK PreviouslyGrantedAccess;
    ACCESS_MASK OriginalDesiredAccess;
    SECURITY_SUBJECT_CONTEXT SubjectSecurityContext;
    PSECURITY_DESCRIPTOR SecurityDescriptor;
    PVOID AuxData;
    union {
        INITIAL_PRIVILEGE_SET InitialPrivilegeSet;
        PRIVILEGE_SET PrivilegeSet;
    } Privileges;
    BOOLEAN AuditPrivileges;
    UNICODE_STRING ObjectName;
    UNICODE_STRING ObjectTypeName;
};

#endif /* _DRVLINT_WDM_SE_H_ */
