defmodule Misc.Tabs do
	def f(x) do
		"""
		tab-indented heredoc
		  two spaces more
		"""
	end

	def g(a,	b), do: a	+	b
end