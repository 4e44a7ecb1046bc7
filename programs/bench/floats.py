# Mandelbrot set: 300x300 points, at most 200 iterations each; prints how many are inside.
def main():
    size = 300
    max_iter = 200
    inside = 0
    for py in range(size):
        ci = py * 2.0 / size - 1.0
        for px in range(size):
            cr = px * 3.0 / size - 2.0
            zr = zi = 0.0
            n = 0
            while n < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            if n == max_iter:
                inside += 1
    print(inside)

main()
