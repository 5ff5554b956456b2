/* pshpack8.h - push structure packing to 8 bytes (pair with poppack.h). */
#pragma pack(push, 8)
