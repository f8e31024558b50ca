/* struct in6_addr as Windows declares it: a union of 16 bytes and 8 USHORTs. */
struct in6_addr { union { unsigned char Byte[16]; unsigned short Word[8]; } u; };
