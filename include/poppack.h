/* poppack.h - restore the structure packing saved by a pshpackN.h. */
#pragma pack(pop)
