defmodule Docs.CharlistHeredocs do
  @query '''
  SELECT id, name
    FROM users
   WHERE active = true
  '''

  def query, do: @query

  def with_interpolation(table) do
    '''
    SELECT * FROM #{table}
      -- tab:\t end
    '''
  end

  def nested do
    [
      '''
        two spaces past the closer
      ''',
      '''
      '''
    ]
  end

  def quotes do
    '''
    a ' single and a '' double and a """ triple double
    '''
  end
end
