/*
 * program.c - lookups on a linked Program and its release.
 */
#include "program/program.h"

#include <stdlib.h>
#include <string.h>

Func *program_func(const Program *p, const char *name, uint32_t from_file)
{
    /* A static function of the calling file wins over an external one. */
    if (from_file < p->nfiles) {
        StrBuf sb;
        sb_init(&sb);
        sb_printf(&sb, "%s:%s", p->files[from_file].path, name);
        Func *f = ptrmap_get(&p->func_by_key, intern(sb_cstr(&sb)));
        sb_free(&sb);
        if (f) return f;
    }
    return ptrmap_get(&p->func_by_key, intern(name));
}

Contract *program_contract(const Program *p, const char *name)
{
    return name ? ptrmap_get(&p->contract_by_name, intern(name)) : NULL;
}

SourceFile *program_file(const Program *p, uint32_t id)
{
    return id < p->nfiles ? &p->files[id] : NULL;
}

const char *program_loc_path(const Program *p, Loc loc)
{
    return loc.file < p->nfiles ? p->files[loc.file].path : "?";
}

uint32_t program_roles_of(const Program *p, const Func *f, const EntryPoint **out, uint32_t max)
{
    uint32_t n = 0;
    for (uint32_t i = 0; i < p->nentries && n < max; i++)
        if (p->entries[i].func == f) out[n++] = &p->entries[i];
    return n;
}

bool program_line_skipped(const Program *p, uint32_t file, uint32_t line)
{
    const SourceFile *sf = program_file(p, file);
    for (uint32_t i = 0; sf && i < sf->nskipped; i++)
        if (line >= sf->skipped[2 * i] && line <= sf->skipped[2 * i + 1]) return true;
    return false;
}

void program_free(Program *p)
{
    if (!p) return;
    for (uint32_t i = 0; i < p->nfiles; i++) {
        free(p->files[i].diags);
        free(p->files[i].skipped);
    }
    free(p->files);
    ptrmap_free(&p->func_by_key);
    ptrmap_free(&p->contract_by_name);
    ptrmap_free(&p->global_by_key);
    ptrmap_free(&p->called);
    arena_free(&p->arena);
    free(p);
}
