bundle install
bundle exec jekyll serve --livereload -H 0.0.0.0 -P 4000
alias ll='ls -lah'
source ~/.zshrc
echo $'tab\there' "${#array[@]}" $@ $# $?
x=(1 2 3); echo ${x[1]}
tar -xzvf data.tar.gz -C /tmp/data/
