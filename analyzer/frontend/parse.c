/*
 * parse.c - driving libclang over a driver's translation units.
 *
 * frontend_build() parses each .c file as a Windows kernel driver would be
 * compiled, records diagnostics per file, collects annotations and lowers
 * function definitions (lower.c), then links functions across files and
 * discovers entry points (discover.c). Problems with a file never abort the
 * run: they become diagnostics and the rest of the driver is still analyzed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cjson/cJSON.h>

#include "frontend/fe_internal.h"

/* ---- home directory ------------------------------------------------------ */

char *drvlint_home(void)
{
    const char *env = getenv("DRVLINT_HOME");
    if (env && *env) return xstrdup(env);
    char *dir = exe_dir();
    char *up = path_join(dir, "..");
    char *probe = path_join(up, "include/driverspecs.h");
    bool ok = path_exists(probe);
    free(probe);
    free(dir);
    if (ok) {
        char *real = path_realpath(up);
        free(up);
        return real ? real : xstrdup(".");
    }
    free(up);
#ifdef DRVLINT_SOURCE_DIR
    return xstrdup(DRVLINT_SOURCE_DIR);
#else
    return xstrdup(".");
#endif
}

void frontend_options_default(FrontendOptions *o)
{
    memset(o, 0, sizeof *o);
    o->arch = "x64";
    o->max_file_bytes = 8u << 20;
    o->keep_going = true;
}

/* ---- input collection ------------------------------------------------------ */

static void add_problem(DriverInput *in, const char *path, const char *msg)
{
    in->problems = xrealloc(in->problems, sizeof(InputProblem) * (in->nproblems + 1));
    in->problems[in->nproblems].path = xstrdup(path);
    in->problems[in->nproblems].message = xstrdup(msg);
    in->nproblems++;
}

static void add_file(DriverInput *in, const char *abs, char **args, size_t nargs)
{
    for (size_t i = 0; i < in->nfiles; i++)
        if (strcmp(in->files[i], abs) == 0) return;
    in->files = xrealloc(in->files, sizeof(char *) * (in->nfiles + 1));
    in->file_args = xrealloc(in->file_args, sizeof(char **) * (in->nfiles + 1));
    in->file_nargs = xrealloc(in->file_nargs, sizeof(size_t) * (in->nfiles + 1));
    in->files[in->nfiles] = xstrdup(abs);
    in->file_args[in->nfiles] = args;
    in->file_nargs[in->nfiles] = nargs;
    in->nfiles++;
}

/* Checks that a file is usable C source; returns a problem text or NULL. */
static const char *check_source(const char *path, const FrontendOptions *o)
{
    struct stat st;
    if (stat(path, &st) != 0) return "no such file or directory";
    if (!S_ISREG(st.st_mode)) return "not a regular file";
    if ((size_t)st.st_size > o->max_file_bytes) return "file too large to analyze";
    FILE *f = fopen(path, "rb");
    if (!f) return "cannot be read (permission denied?)";
    unsigned char buf[8192];
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    size_t bad = 0;
    for (size_t i = 0; i < n; i++) {
        if (buf[i] == 0) return "binary file (contains NUL bytes), not C source";
        if (buf[i] < 9 || (buf[i] > 13 && buf[i] < 32 && buf[i] != 27)) bad++;
    }
    if (n && bad * 20 > n) return "binary file (control characters), not C source";
    return NULL;
}

static void walk_dir(const char *dir, DriverInput *in, const FrontendOptions *o, int depth)
{
    if (depth > 16) return;
    size_t n;
    char **entries = dir_entries(dir, &n);
    if (!entries) {
        add_problem(in, dir, "cannot open directory");
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const char *p = entries[i];
        if (path_is_dir(p)) {
            walk_dir(p, in, o, depth + 1);
        } else if (str_endswith(p, ".c")) {
            const char *why = check_source(p, o);
            if (why) add_problem(in, p, why);
            else add_file(in, p, NULL, 0);
        }
    }
    free_strings(entries, n);
}

/* Splits a shell-like command line (compile_commands.json "command"). */
static size_t split_command(const char *cmd, char ***out)
{
    VEC(char *) v = {0};
    StrBuf cur;
    sb_init(&cur);
    bool in_word = false;
    char quote = 0;
    for (const char *p = cmd;; p++) {
        char ch = *p;
        if (!ch || (!quote && (ch == ' ' || ch == '\t'))) {
            if (in_word) VEC_PUSH(v, sb_take(&cur));
            in_word = false;
            if (!ch) break;
            continue;
        }
        in_word = true;
        if (quote) {
            if (ch == quote) quote = 0;
            else if (ch == '\\' && p[1]) sb_putc(&cur, *++p);
            else sb_putc(&cur, ch);
        } else if (ch == '"' || ch == '\'') {
            quote = ch;
        } else if (ch == '\\' && p[1]) {
            sb_putc(&cur, *++p);
        } else {
            sb_putc(&cur, ch);
        }
    }
    sb_free(&cur);
    *out = v.data;
    return v.len;
}

/* Keeps the options that change how a file parses: -D, -U, -I, /D, /I. */
static void filter_args(char **argv, size_t argc, const char *dir, char ***out, size_t *nout)
{
    VEC(char *) v = {0};
    for (size_t i = 0; i < argc; i++) {
        const char *a = argv[i];
        bool is_d = (a[0] == '-' || a[0] == '/') && (a[1] == 'D' || a[1] == 'U');
        bool is_i = (a[0] == '-' || a[0] == '/') && a[1] == 'I';
        if (!is_d && !is_i) continue;
        const char *val = a[2] ? a + 2 : (i + 1 < argc ? argv[++i] : "");
        StrBuf sb;
        sb_init(&sb);
        if (is_i) {
            char *p = val[0] == '/' ? xstrdup(val) : path_join(dir, val);
            sb_printf(&sb, "-I%s", p);
            free(p);
        } else {
            sb_printf(&sb, "-%c%s", a[1], val);
        }
        VEC_PUSH(v, sb_take(&sb));
    }
    *out = v.data;
    *nout = v.len;
}

static bool collect_compile_db(const char *dbdir, DriverInput *in, const FrontendOptions *o, StrBuf *err)
{
    char *path = path_join(dbdir, "compile_commands.json");
    const char *why;
    size_t len;
    char *text = read_file(path, &len, &why);
    if (!text) {
        sb_printf(err, "%s: %s", path, why);
        free(path);
        return false;
    }
    cJSON *root = cJSON_ParseWithLength(text, len);
    free(text);
    if (!cJSON_IsArray(root)) {
        sb_printf(err, "%s: not a JSON array of compile commands", path);
        cJSON_Delete(root);
        free(path);
        return false;
    }
    cJSON *ent;
    cJSON_ArrayForEach(ent, root)
    {
        cJSON *file = cJSON_GetObjectItemCaseSensitive(ent, "file");
        cJSON *dir = cJSON_GetObjectItemCaseSensitive(ent, "directory");
        if (!cJSON_IsString(file)) continue;
        const char *d = cJSON_IsString(dir) ? dir->valuestring : dbdir;
        char *abs = file->valuestring[0] == '/' ? xstrdup(file->valuestring) : path_join(d, file->valuestring);
        if (!str_endswith(abs, ".c")) {
            free(abs);
            continue;
        }
        char **argv = NULL;
        size_t argc = 0;
        cJSON *args = cJSON_GetObjectItemCaseSensitive(ent, "arguments");
        cJSON *cmd = cJSON_GetObjectItemCaseSensitive(ent, "command");
        if (cJSON_IsArray(args)) {
            cJSON *a;
            cJSON_ArrayForEach(a, args)
            {
                if (!cJSON_IsString(a)) continue;
                argv = xrealloc(argv, sizeof(char *) * (argc + 1));
                argv[argc++] = xstrdup(a->valuestring);
            }
        } else if (cJSON_IsString(cmd)) {
            argc = split_command(cmd->valuestring, &argv);
        }
        char **kept;
        size_t nkept;
        filter_args(argv, argc, d, &kept, &nkept);
        for (size_t i = 0; i < argc; i++) free(argv[i]);
        free(argv);
        const char *bad = check_source(abs, o);
        if (bad) {
            add_problem(in, abs, bad);
            for (size_t i = 0; i < nkept; i++) free(kept[i]);
            free(kept);
        } else {
            add_file(in, abs, kept, nkept);
        }
        free(abs);
    }
    cJSON_Delete(root);
    free(path);
    return true;
}

/* Longest common directory of the inputs. */
static char *common_dir(char **files, size_t n)
{
    if (!n) return xstrdup(".");
    char *dir = path_dirname(files[0]);
    for (size_t i = 1; i < n; i++) {
        while (!(str_startswith(files[i], dir) && (files[i][strlen(dir)] == '/' || strcmp(dir, "/") == 0))) {
            char *up = path_dirname(dir);
            free(dir);
            dir = up;
            if (strcmp(dir, "/") == 0) break;
        }
    }
    return dir;
}

bool frontend_collect(const char *const *paths, size_t npaths, const FrontendOptions *o,
                      DriverInput *out, StrBuf *err)
{
    memset(out, 0, sizeof *out);
    const char *single_dir = NULL;
    if (o->compile_db_dir) {
        if (!collect_compile_db(o->compile_db_dir, out, o, err)) return false;
        single_dir = o->compile_db_dir;
    }
    for (size_t i = 0; i < npaths; i++) {
        const char *p = paths[i];
        if (!path_exists(p)) {
            sb_printf(err, "%s: no such file or directory", p);
            driver_input_free(out);
            return false;
        }
        char *abs = path_realpath(p);
        if (!abs) {
            sb_printf(err, "%s: cannot resolve path", p);
            driver_input_free(out);
            return false;
        }
        if (path_is_dir(abs)) {
            size_t before = out->nfiles;
            walk_dir(abs, out, o, 0);
            if (out->nfiles == before && out->nproblems == 0) {
                sb_printf(err, "%s: directory contains no C source files (*.c)", p);
                free(abs);
                driver_input_free(out);
                return false;
            }
            if (npaths == 1) single_dir = p;
        } else if (str_endswith(abs, ".c")) {
            const char *why = check_source(abs, o);
            if (why) add_problem(out, abs, why);
            else add_file(out, abs, NULL, 0);
        } else if (str_endswith(abs, ".h")) {
            add_problem(out, abs, "is a header; headers are analyzed through the .c files that include them");
        } else {
            const char *why = check_source(abs, o);
            add_problem(out, abs, why ? why : "not a C source file (expected a .c file)");
        }
        free(abs);
    }
    if (single_dir) {
        out->root = path_realpath(single_dir);
    } else {
        out->root = common_dir(out->files, out->nfiles);
    }
    if (!out->root) out->root = xstrdup(".");
    out->name = xstrdup(path_basename(out->root));
    if (out->nfiles == 0 && out->nproblems == 0) {
        sb_puts(err, "no C source files to analyze");
        driver_input_free(out);
        return false;
    }
    return true;
}

void driver_input_free(DriverInput *in)
{
    for (size_t i = 0; i < in->nfiles; i++) {
        free(in->files[i]);
        if (in->file_args && in->file_args[i]) {
            for (size_t j = 0; j < in->file_nargs[i]; j++) free(in->file_args[i][j]);
            free(in->file_args[i]);
        }
    }
    free(in->files);
    free(in->file_args);
    free(in->file_nargs);
    for (size_t i = 0; i < in->nproblems; i++) {
        free((char *)in->problems[i].path);
        free((char *)in->problems[i].message);
    }
    free(in->problems);
    free((char *)in->root);
    free((char *)in->name);
    memset(in, 0, sizeof *in);
}

/* ---- compiler arguments ------------------------------------------------------ */

typedef struct Args {
    VEC(char *) v;
} Args;

static void args_add(Args *a, const char *s)
{
    VEC_PUSH(a->v, xstrdup(s));
}

static void args_free(Args *a)
{
    for (size_t i = 0; i < a->v.len; i++) free(a->v.data[i]);
    VEC_FREE(a->v);
}

static void build_args(const FrontendOptions *o, char **extra, size_t nextra, Args *a)
{
    const char *arch = o->arch ? o->arch : "x64";
    args_add(a, "-x");
    args_add(a, "c");
    args_add(a, "-std=c17");
    if (strcmp(arch, "x86") == 0) {
        args_add(a, "--target=i686-pc-windows-msvc");
        args_add(a, "-D_X86_=1");
        args_add(a, "-Di386=1");
    } else if (strcmp(arch, "arm64") == 0) {
        args_add(a, "--target=aarch64-pc-windows-msvc");
        args_add(a, "-D_ARM64_=1");
        args_add(a, "-D_WIN64=1");
    } else {
        args_add(a, "--target=x86_64-pc-windows-msvc");
        args_add(a, "-D_AMD64_=1");
        args_add(a, "-DAMD64=1");
        args_add(a, "-D_WIN64=1");
    }
    args_add(a, "-fms-extensions");
    args_add(a, "-fms-compatibility");
    args_add(a, "-fms-compatibility-version=19.40");
    args_add(a, "-nostdinc");
    args_add(a, "-ferror-limit=200");
    args_add(a, "-D_KERNEL_MODE=1");
    args_add(a, "-DDRVLINT=1");
    args_add(a, o->dbg ? "-DDBG=1" : "-DDBG=0");
    args_add(a, "-Wno-unknown-pragmas");
    args_add(a, "-Wno-pragma-pack");
    args_add(a, "-Wno-microsoft-anon-tag");
    /* KdPrint((fmt, ...)) passes a comma expression: idiomatic, not a problem */
    args_add(a, "-Wno-unused-value");
    for (size_t i = 0; i < o->nincludes; i++) {
        StrBuf sb;
        sb_init(&sb);
        sb_printf(&sb, "-I%s", o->include_dirs[i]);
        VEC_PUSH(a->v, sb_take(&sb));
    }
    for (size_t i = 0; i < nextra; i++) args_add(a, extra[i]);
    for (size_t i = 0; i < o->ndefines; i++) {
        StrBuf sb;
        sb_init(&sb);
        sb_printf(&sb, "-D%s", o->defines[i]);
        VEC_PUSH(a->v, sb_take(&sb));
    }
    if (o->model_dir) {
        args_add(a, "-isystem");
        args_add(a, o->model_dir);
    }
}

/* ---- shared helpers for the other front end files ---------------------------- */

void kids_get(CXCursor c, Kids *k);

static enum CXChildVisitResult kids_visit(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    Kids *k = d;
    if (k->n == k->cap) {
        unsigned cap = k->cap * 2;
        if (k->v == k->inline_buf) {
            CXCursor *nv = xmalloc(sizeof(CXCursor) * cap);
            memcpy(nv, k->v, sizeof(CXCursor) * k->n);
            k->v = nv;
        } else {
            k->v = xrealloc(k->v, sizeof(CXCursor) * cap);
        }
        k->cap = cap;
    }
    k->v[k->n++] = c;
    return CXChildVisit_Continue;
}

void kids_get(CXCursor c, Kids *k)
{
    k->v = k->inline_buf;
    k->n = 0;
    k->cap = 8;
    clang_visitChildren(c, kids_visit, k);
}

void kids_free(Kids *k)
{
    if (k->v != k->inline_buf) free(k->v);
    k->v = NULL;
    k->n = 0;
}

const char *fe_spelling(CXCursor c)
{
    CXString s = clang_getCursorSpelling(c);
    const char *r = intern(clang_getCString(s));
    clang_disposeString(s);
    return r;
}

static const char *file_abs(CXFile f)
{
    CXString s = clang_File_tryGetRealPathName(f);
    const char *p = clang_getCString(s);
    const char *r = NULL;
    if (p && *p) {
        r = intern(p);
    } else {
        clang_disposeString(s);
        s = clang_getFileName(f);
        p = clang_getCString(s);
        char *real = p ? path_realpath(p) : NULL;
        r = intern(real ? real : (p ? p : "?"));
        free(real);
    }
    clang_disposeString(s);
    return r;
}

static uint32_t add_program_file(FeRun *r, const char *abs, bool is_main)
{
    Program *p = r->prog;
    uintptr_t have = (uintptr_t)ptrmap_get(&r->file_ids, abs);
    if (have) {
        if (is_main) p->files[have - 1].is_main = true;
        return (uint32_t)(have - 1);
    }
    p->files = xrealloc(p->files, sizeof(SourceFile) * (p->nfiles + 1));
    SourceFile *sf = &p->files[p->nfiles];
    memset(sf, 0, sizeof *sf);
    sf->abs = abs;
    char *rel = path_relative(abs, r->root_abs);
    sf->path = intern(rel);
    free(rel);
    sf->is_main = is_main;
    sf->is_system = r->opts->model_dir && str_startswith(abs, r->opts->model_dir);
    if (sf->is_system) {
        /* shown as <include/wdm.h> style paths */
        sf->path = intern(arena_printf(&p->arena, "<drvlint>/include%s", abs + strlen(r->opts->model_dir)));
    }
    ptrmap_put(&r->file_ids, abs, (void *)(uintptr_t)(p->nfiles + 1));
    return p->nfiles++;
}

uint32_t fe_file_id(FeRun *r, CXFile f)
{
    if (!f) return 0;
    return add_program_file(r, file_abs(f), false);
}

Loc fe_loc(FeRun *r, CXSourceLocation sl)
{
    CXFile f;
    unsigned line, col, off;
    clang_getExpansionLocation(sl, &f, &line, &col, &off);
    Loc l = {f ? fe_file_id(r, f) : r->tu_file, line, col, off};
    return l;
}

bool fe_in_driver(FeRun *r, CXSourceLocation sl)
{
    if (clang_Location_isInSystemHeader(sl)) return false;
    CXFile f;
    clang_getExpansionLocation(sl, &f, NULL, NULL, NULL);
    if (!f) return false;
    const char *abs = file_abs(f);
    const char *model = r->opts->model_dir;
    if (model && str_startswith(abs, model)) return false;
    return true;
}

const char *fe_link_key(FeRun *r, CXCursor decl)
{
    const char *name = fe_spelling(decl);
    if (clang_getCursorLinkage(decl) == CXLinkage_Internal ||
        (clang_getCursorKind(decl) == CXCursor_VarDecl && clang_Cursor_hasVarDeclGlobalStorage(decl) == 1 &&
         clang_getCursorLinkage(decl) == CXLinkage_NoLinkage)) {
        StrBuf sb;
        sb_init(&sb);
        CXCursor sem = clang_getCursorSemanticParent(decl);
        if (clang_getCursorKind(sem) == CXCursor_FunctionDecl)
            sb_printf(&sb, "%s:%s::%s", r->prog->files[r->tu_file].path, fe_spelling(sem), name);
        else
            sb_printf(&sb, "%s:%s", r->prog->files[r->tu_file].path, name);
        const char *k = intern(sb_cstr(&sb));
        sb_free(&sb);
        return k;
    }
    return name;
}

/* ---- types --------------------------------------------------------------------- */

/* One level of sugar off: elaborated -> named, typedef -> underlying. */
CXType fe_desugar_once(CXType t);
CXType fe_desugar_once(CXType t)
{
    if (t.kind == CXType_Elaborated) return clang_Type_getNamedType(t);
    if (t.kind == CXType_Typedef) return clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(t));
    if (t.kind == CXType_Attributed) return clang_Type_getModifiedType(t);
    return t;
}

#define desugar_once fe_desugar_once

static const char *typedef_name_of(CXType t)
{
    for (int i = 0; i < 8; i++) {
        if (t.kind == CXType_Typedef) {
            CXString s = clang_getTypedefName(t);
            const char *n = intern(clang_getCString(s));
            clang_disposeString(s);
            return n;
        }
        if (t.kind == CXType_Elaborated || t.kind == CXType_Attributed) {
            t = desugar_once(t);
            continue;
        }
        break;
    }
    return NULL;
}

Type *fe_type(FeRun *r, CXType t)
{
    CXString sp = clang_getTypeSpelling(t);
    const char *spelling = intern(clang_getCString(sp));
    clang_disposeString(sp);
    Type *ty = ptrmap_get(&r->types, spelling);
    if (ty) return ty;
    ty = arena_alloc(&r->prog->arena, sizeof(Type));
    ptrmap_put(&r->types, spelling, ty);
    ty->spelling = spelling;
    ty->typedef_name = typedef_name_of(t);
    CXType can = clang_getCanonicalType(t);
    long long sz = clang_Type_getSizeOf(can);
    ty->size = sz > 0 ? (uint32_t)sz : 0;
    switch (can.kind) {
    case CXType_Void: ty->kind = TY_VOID; break;
    case CXType_Bool: case CXType_Char_U: case CXType_UChar: case CXType_UShort: case CXType_UInt:
    case CXType_ULong: case CXType_ULongLong: case CXType_UInt128: case CXType_Char16: case CXType_Char32:
    case CXType_WChar:
        ty->kind = TY_INT;
        ty->is_signed = false;
        break;
    case CXType_Char_S: case CXType_SChar: case CXType_Short: case CXType_Int: case CXType_Long:
    case CXType_LongLong: case CXType_Int128:
        ty->kind = TY_INT;
        ty->is_signed = true;
        break;
    case CXType_Enum:
        ty->kind = TY_INT;
        ty->is_signed = true;
        break;
    case CXType_Float: case CXType_Double: case CXType_LongDouble: case CXType_Half: case CXType_Float16:
        ty->kind = TY_FLOAT;
        break;
    case CXType_Pointer: {
        ty->kind = TY_PTR;
        CXType d = t;
        for (int i = 0; i < 8 && d.kind != CXType_Pointer; i++) d = desugar_once(d);
        ty->pointee = fe_type(r, d.kind == CXType_Pointer ? clang_getPointeeType(d) : clang_getPointeeType(can));
        break;
    }
    case CXType_ConstantArray: case CXType_IncompleteArray: case CXType_VariableArray:
    case CXType_DependentSizedArray: {
        ty->kind = TY_ARRAY;
        ty->pointee = fe_type(r, clang_getArrayElementType(can));
        break;
    }
    case CXType_Record: {
        ty->kind = TY_RECORD;
        CXCursor d = clang_getTypeDeclaration(can);
        ty->record = fe_spelling(d);
        break;
    }
    case CXType_FunctionProto: case CXType_FunctionNoProto:
        ty->kind = TY_FUNC;
        /* a function typedef (a role such as DRIVER_CANCEL reached through
           PDRIVER_CANCEL): its contract is what role discovery gives to
           functions registered without a declaration */
        if (ty->typedef_name) fe_typedef_contract(r, t);
        break;
    default:
        ty->kind = TY_OTHER;
        break;
    }
    return ty;
}

/* ---- translation units --------------------------------------------------------- */

static DiagSeverity map_severity(enum CXDiagnosticSeverity s)
{
    switch (s) {
    case CXDiagnostic_Warning: return DIAG_WARNING;
    case CXDiagnostic_Error: return DIAG_ERROR;
    case CXDiagnostic_Fatal: return DIAG_FATAL;
    default: return DIAG_NOTE;
    }
}

static void add_diag(Program *p, uint32_t file, Diag d)
{
    SourceFile *sf = &p->files[file];
    sf->diags = xrealloc(sf->diags, sizeof(Diag) * (sf->ndiags + 1));
    sf->diags[sf->ndiags++] = d;
    if (d.severity >= DIAG_ERROR) {
        sf->nerrors++;
        p->any_errors = true;
    }
}

static void record_diagnostics(FeRun *r)
{
    unsigned n = clang_getNumDiagnostics(r->tu);
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic dg = clang_getDiagnostic(r->tu, i);
        enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(dg);
        if (sev == CXDiagnostic_Ignored || sev == CXDiagnostic_Note) {
            clang_disposeDiagnostic(dg);
            continue;
        }
        CXSourceLocation sl = clang_getDiagnosticLocation(dg);
        CXFile f;
        unsigned line, col;
        clang_getSpellingLocation(sl, &f, &line, &col, NULL);
        CXString msg = clang_getDiagnosticSpelling(dg);
        Diag d;
        d.severity = map_severity(sev);
        d.line = line;
        d.col = col;
        d.message = arena_strdup(&r->prog->arena, clang_getCString(msg));
        clang_disposeString(msg);
        uint32_t fid = r->tu_file;
        d.file = NULL;
        if (f) {
            const char *abs = file_abs(f);
            if (fe_in_driver(r, sl)) {
                fid = fe_file_id(r, f);
                d.file = r->prog->files[fid].path;
            } else {
                d.file = abs; /* a model or system header: keep it on the TU */
            }
        }
        if (!d.file) d.file = r->prog->files[fid].path;
        add_diag(r->prog, fid, d);
        clang_disposeDiagnostic(dg);
    }
}

static enum CXChildVisitResult top_visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    FeRun *r = data;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k != CXCursor_FunctionDecl && k != CXCursor_VarDecl) return CXChildVisit_Continue;
    CXSourceLocation sl = clang_getCursorLocation(c);
    if (!fe_in_driver(r, sl)) return CXChildVisit_Continue;
    if (k == CXCursor_VarDecl) return CXChildVisit_Continue; /* globals are created on use */
    const char *key = fe_link_key(r, c);
    fe_collect_decl_annotations(r, c, key);
    if (clang_isCursorDefinition(c)) {
        if (ptrmap_get(&r->prog->func_by_key, key)) return CXChildVisit_Continue; /* duplicate */
        double t0 = now_seconds();
        Func *fn = fe_lower_function(r, c, key);
        r->prog->lower_seconds += now_seconds() - t0;
        ptrmap_put(&r->prog->func_by_key, key, fn);
        VEC_PUSH(r->funcs, fn);
    }
    return CXChildVisit_Continue;
}

/* Counts lines of the driver's own files and loads their text. */
static void load_texts(Program *p)
{
    uint32_t lines = 0;
    for (uint32_t i = 0; i < p->nfiles; i++) {
        SourceFile *sf = &p->files[i];
        if (sf->text || sf->problem || sf->is_system) continue;
        const char *why;
        size_t len;
        char *t = read_file(sf->abs, &len, &why);
        if (!t) continue;
        sf->text = arena_strndup(&p->arena, t, len);
        sf->len = len;
        sf->hash = hash_bytes(t, len, 0);
        free(t);
    }
    for (uint32_t i = 0; i < p->nfiles; i++) {
        SourceFile *sf = &p->files[i];
        if (!sf->text || sf->is_system) continue;
        for (size_t j = 0; j < sf->len; j++) lines += sf->text[j] == '\n';
    }
    p->nlines = lines;
}

static void parse_one(FeRun *r, const DriverInput *in, size_t i)
{
    const FrontendOptions *o = r->opts;
    Args args = {0};
    build_args(o, in->file_args ? in->file_args[i] : NULL, in->file_args ? in->file_nargs[i] : 0, &args);
    uint32_t fid = add_program_file(r, intern(in->files[i]), true);
    r->tu_file = fid;
    double t0 = now_seconds();
    unsigned flags = CXTranslationUnit_DetailedPreprocessingRecord | CXTranslationUnit_KeepGoing |
                     CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles;
    enum CXErrorCode ec = clang_parseTranslationUnit2(r->index, in->files[i], (const char *const *)args.v.data,
                                                      (int)args.v.len, NULL, 0, flags, &r->tu);
    r->prog->parse_seconds += now_seconds() - t0;
    r->prog->ntus++;
    args_free(&args);
    SourceFile *sf = &r->prog->files[fid];
    if (ec != CXError_Success || !r->tu) {
        sf->problem = ec == CXError_Crashed ? "libclang crashed while parsing this file"
                                            : "libclang could not parse this file";
        sf->parse_failed = true;
        r->tu = NULL;
        return;
    }
    sf->parsed = true;
    record_diagnostics(r);
    CXFile main = clang_getFile(r->tu, in->files[i]);
    fe_scan_sections(r, main, fid);
    clang_visitChildren(clang_getTranslationUnitCursor(r->tu), top_visit, r);
    /* A .c file with errors that yields no code at all is probably not C. */
    sf = &r->prog->files[fid];
    if (sf->nerrors > 0) {
        bool any_code = false;
        for (size_t k = 0; k < r->funcs.len && !any_code; k++)
            if (r->funcs.data[k]->file == fid) any_code = true;
        if (!any_code) sf->problem = "does not look like C source: it has errors and no function could be parsed";
    }
    clang_disposeTranslationUnit(r->tu);
    r->tu = NULL;
}

/* Sets e->u.fn.func for every function designator whose body is known. */
static void link_expr(Program *p, Expr *e, uint32_t file)
{
    if (!e) return;
    switch (e->kind) {
    case E_FUNC:
        e->u.fn.func = program_func(p, e->u.fn.fname, file);
        break;
    case E_MEMBER: link_expr(p, e->u.mem.base, file); break;
    case E_INDEX: case E_BINARY:
        link_expr(p, e->u.bin.a, file);
        link_expr(p, e->u.bin.b, file);
        break;
    case E_DEREF: case E_ADDR: case E_UNARY: case E_CAST:
        link_expr(p, e->u.sub, file);
        break;
    default: break;
    }
}

static void link_program(FeRun *r)
{
    Program *p = r->prog;
    /* Driver functions declared (with annotations) but defined nowhere in
       the driver: their declarations are their contract. */
    for (size_t i = 0; i < r->annots.cap; i++) {
        if (!r->annots.keys[i]) continue;
        const char *key = (const char *)r->annots.keys[i];
        if (ptrmap_get(&p->func_by_key, key)) continue;
        const char *colon = strrchr(key, ':');
        const char *name = intern(colon ? colon + 1 : key);
        if (!ptrmap_get(&p->contract_by_name, name))
            ptrmap_put(&p->contract_by_name, name, fe_build_contract(r, r->annots.vals[i], name));
    }
    p->funcs = arena_memdup(&p->arena, r->funcs.data, r->funcs.len * sizeof(Func *));
    p->nfuncs = (uint32_t)r->funcs.len;
    p->globals = arena_memdup(&p->arena, r->globals.data, r->globals.len * sizeof(Var *));
    p->nglobals = (uint32_t)r->globals.len;
    for (uint32_t i = 0; i < p->nfuncs; i++) {
        Func *f = p->funcs[i];
        AnnotList *al = ptrmap_get(&r->annots, f->key);
        f->contract = fe_build_contract(r, al, f->name);
        for (uint32_t b = 0; b < f->nblocks; b++) {
            Block *bl = &f->blocks[b];
            for (uint32_t j = 0; j < bl->ninstrs; j++) {
                Instr *in = &bl->instrs[j];
                link_expr(p, in->lhs, f->file);
                link_expr(p, in->rhs, f->file);
                link_expr(p, in->callee, f->file);
                if (in->kind == I_CALL && in->callee->kind == E_FUNC) ptrmap_put(&p->called, in->callee->u.fn.fname, (void *)1);
                for (uint32_t a = 0; a < in->nargs; a++) link_expr(p, in->args[a], f->file);
            }
            link_expr(p, bl->cond, f->file);
            link_expr(p, bl->ret, f->file);
        }
    }
}

Program *frontend_build(const DriverInput *in, const FrontendOptions *o)
{
    Program *p = xcalloc(1, sizeof(Program));
    arena_init(&p->arena);
    ptrmap_init(&p->func_by_key);
    ptrmap_init(&p->contract_by_name);
    ptrmap_init(&p->global_by_key);
    FeRun r;
    memset(&r, 0, sizeof r);
    r.opts = o;
    r.prog = p;
    r.root_abs = intern(in->root);
    p->root = r.root_abs;
    p->name = intern(in->name);
    r.index = clang_createIndex(0, 0);
    for (size_t i = 0; i < in->nproblems; i++) {
        uint32_t fid = add_program_file(&r, intern(in->problems[i].path), true);
        p->files[fid].problem = arena_strdup(&p->arena, in->problems[i].message);
    }
    for (size_t i = 0; i < in->nfiles; i++) parse_one(&r, in, i);
    clang_disposeIndex(r.index);
    link_program(&r);
    fe_discover(&r);
    load_texts(p);
    /* annotation lists and maps */
    for (size_t i = 0; i < r.annots.cap; i++) {
        if (!r.annots.keys[i]) continue;
        AnnotList *al = r.annots.vals[i];
        free(al->texts);
        free(al->params);
        free(al);
    }
    ptrmap_free(&r.annots);
    fe_free_sections(&r);
    ptrmap_free(&r.file_ids);
    ptrmap_free(&r.types);
    ptrmap_free(&r.typedef_contracts);
    VEC_FREE(r.funcs);
    VEC_FREE(r.globals);
    return p;
}

bool frontend_header_contracts(const FrontendOptions *o, const char *code, Arena *arena, PtrMap *out,
                               StrBuf *err)
{
    char tmpl[] = "/tmp/drvlint-hdr-XXXXXX.c";
    int fd = mkstemps(tmpl, 2);
    if (fd < 0) {
        sb_puts(err, "cannot create a temporary file");
        return false;
    }
    size_t len = strlen(code);
    bool wrote = write(fd, code, len) == (ssize_t)len;
    close(fd);
    if (!wrote) {
        unlink(tmpl);
        sb_puts(err, "cannot write a temporary file");
        return false;
    }
    /* The contracts are allocated in the caller's arena. */
    Program *p = xcalloc(1, sizeof(Program));
    p->arena = *arena;
    ptrmap_init(&p->contract_by_name);
    FeRun r;
    memset(&r, 0, sizeof r);
    r.opts = o;
    r.prog = p;
    r.root_abs = intern("/tmp");
    r.index = clang_createIndex(0, 0);
    Args args = {0};
    build_args(o, NULL, 0, &args);
    add_program_file(&r, intern(tmpl), true);
    enum CXErrorCode ec = clang_parseTranslationUnit2(r.index, tmpl, (const char *const *)args.v.data,
                                                      (int)args.v.len, NULL, 0, CXTranslationUnit_KeepGoing, &r.tu);
    args_free(&args);
    bool ok = ec == CXError_Success;
    if (ok) {
        unsigned nd = clang_getNumDiagnostics(r.tu);
        for (unsigned i = 0; i < nd; i++) {
            CXDiagnostic dg = clang_getDiagnostic(r.tu, i);
            if (clang_getDiagnosticSeverity(dg) >= CXDiagnostic_Error) {
                CXString s = clang_formatDiagnostic(dg, clang_defaultDiagnosticDisplayOptions());
                sb_printf(err, "%s\n", clang_getCString(s));
                clang_disposeString(s);
                ok = false;
            }
            clang_disposeDiagnostic(dg);
        }
        Kids k;
        kids_get(clang_getTranslationUnitCursor(r.tu), &k);
        for (unsigned i = 0; i < k.n; i++) {
            enum CXCursorKind kind = clang_getCursorKind(k.v[i]);
            if (kind == CXCursor_FunctionDecl) {
                fe_external_contract(&r, k.v[i]);
            } else if (kind == CXCursor_TypedefDecl) {
                /* role typedefs (function types or pointers to them) carry
                   their own annotations */
                CXType ut = clang_getCanonicalType(clang_getTypedefDeclUnderlyingType(k.v[i]));
                if (ut.kind == CXType_FunctionProto || ut.kind == CXType_FunctionNoProto ||
                    (ut.kind == CXType_Pointer && (clang_getPointeeType(ut).kind == CXType_FunctionProto ||
                                                   clang_getPointeeType(ut).kind == CXType_FunctionNoProto)))
                    fe_contract_from_cursor(&r, k.v[i], fe_spelling(k.v[i]));
            }
        }
        kids_free(&k);
        /* every contract read: routines and typedefs */
        for (size_t i = 0; i < p->contract_by_name.cap; i++)
            if (p->contract_by_name.keys[i])
                ptrmap_put(out, (const void *)p->contract_by_name.keys[i], p->contract_by_name.vals[i]);
        clang_disposeTranslationUnit(r.tu);
    } else {
        sb_puts(err, "libclang could not parse the header probe");
    }
    clang_disposeIndex(r.index);
    unlink(tmpl);
    *arena = p->arena;
    free(p->files);
    ptrmap_free(&p->contract_by_name);
    ptrmap_free(&r.file_ids);
    ptrmap_free(&r.types);
    ptrmap_free(&r.typedef_contracts);
    free(p);
    return ok;
}

double frontend_parse_only_seconds(const DriverInput *in, const FrontendOptions *o)
{
    CXIndex idx = clang_createIndex(0, 0);
    double total = 0;
    for (size_t i = 0; i < in->nfiles; i++) {
        Args args = {0};
        build_args(o, in->file_args ? in->file_args[i] : NULL, in->file_args ? in->file_nargs[i] : 0, &args);
        CXTranslationUnit tu;
        double t0 = now_seconds();
        enum CXErrorCode ec = clang_parseTranslationUnit2(idx, in->files[i], (const char *const *)args.v.data,
                                                          (int)args.v.len, NULL, 0, CXTranslationUnit_KeepGoing, &tu);
        total += now_seconds() - t0;
        if (ec == CXError_Success) clang_disposeTranslationUnit(tu);
        args_free(&args);
    }
    clang_disposeIndex(idx);
    return total;
}
