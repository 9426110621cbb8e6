#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Print the soname of LIBDIR/libNAME.so: the name the program opens the library by at run time
when it loads it on first use instead of linking it (src/core/base/phoenix-lazy-library.h).

Usage: soname.py LIBDIR NAME
The DT_SONAME is read from the ELF file itself (64- and 32-bit, either byte order)."""

import os
import struct
import sys


def soname(path):
    with open(path, 'rb') as f:
        data = f.read()
    if data[:4] != b'\x7fELF':
        raise ValueError(f'{path} is not an ELF file (a linker script?)')
    is64 = data[4] == 2
    end = '<' if data[5] == 1 else '>'
    if is64:
        shoff, = struct.unpack_from(end + 'Q', data, 0x28)
        shentsize, shnum = struct.unpack_from(end + 'HH', data, 0x3A)
        sh_fmt, dyn_fmt = end + 'IIQQQQIIQQ', end + 'qQ'
    else:
        shoff, = struct.unpack_from(end + 'I', data, 0x20)
        shentsize, shnum = struct.unpack_from(end + 'HH', data, 0x2E)
        sh_fmt, dyn_fmt = end + 'IIIIIIIIII', end + 'iI'
    sections = [struct.unpack_from(sh_fmt, data, shoff + i * shentsize) for i in range(shnum)]
    for sh in sections:
        if sh[1] != 6:  # SHT_DYNAMIC
            continue
        strtab = sections[sh[6]]  # sh_link: its string table
        offset, size, step = sh[4], sh[5], struct.calcsize(dyn_fmt)
        for at in range(offset, offset + size, step):
            tag, value = struct.unpack_from(dyn_fmt, data, at)
            if tag == 14:  # DT_SONAME
                start = strtab[4] + value
                return data[start:data.index(b'\0', start)].decode()
            if tag == 0:
                break
    raise ValueError(f'{path} has no DT_SONAME')


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    path = os.path.join(sys.argv[1], f'lib{sys.argv[2]}.so')
    if not os.path.exists(path):
        sys.exit(f'{path} not found')
    print(soname(os.path.realpath(path)))


if __name__ == '__main__':
    main()
