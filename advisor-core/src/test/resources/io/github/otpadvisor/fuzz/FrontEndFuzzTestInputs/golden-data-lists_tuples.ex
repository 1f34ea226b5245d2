defmodule Data.Collections do
  def lists(h, t) do
    [
      [],
      [1],
      [1, 2, 3],
      [h | t],
      [1, 2 | t],
      [[1, [2]], [[]]],
      [
        1,
        2,
      ],
      [1, :two, "three", 'four', 5.0, nil, true, false],
      'charlist',
      [?a, ?b]
    ]
  end

  def tuples do
    [{}, {1}, {1, 2}, {1, 2, 3}, {:ok, {:nested, {}}}, {1, 2,}, {[], %{}}]
  end

  def special_literals do
    [nil, true, false, :nil, :true, :false, __MODULE__, __ENV__.file, __DIR__, __ENV__.line]
  end

  def long_list do
    [
      :alpha, :beta, :gamma, :delta, :epsilon, :zeta, :eta, :theta, :iota, :kappa,
      :lambda, :mu, :nu, :xi, :omicron, :pi, :rho, :sigma, :tau, :upsilon
    ]
  end
end
