# A Ruby filter jekyll-py will not run.
module Shout
  def shout(input) = input.upcase
end
Liquid::Template.register_filter(Shout)
