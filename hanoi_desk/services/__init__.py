"""Operations on the domain. Each method is one unit of work and returns plain values."""
