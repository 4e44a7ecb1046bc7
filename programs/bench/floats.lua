-- Mandelbrot set: 300x300 points, at most 200 iterations each; prints how many are inside.
local size, maxIter = 300, 200
local inside = 0
for py = 0, size - 1 do
  local ci = py * 2.0 / size - 1.0
  for px = 0, size - 1 do
    local cr = px * 3.0 / size - 2.0
    local zr, zi = 0.0, 0.0
    local n = 0
    while n < maxIter and zr * zr + zi * zi <= 4.0 do
      zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
      n = n + 1
    end
    if n == maxIter then inside = inside + 1 end
  end
end
print(inside)
