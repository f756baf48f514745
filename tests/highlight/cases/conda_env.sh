conda create -n myenv python=3.9 numpy scipy
conda activate myenv
pip install -r requirements.txt
python -m pip install --upgrade pip
git clone https://github.com/user/repo.git && cd repo
sudo apt-get install -y build-essential libopenmpi-dev
mpirun -np 4 ./a.out input.dat > output.log
