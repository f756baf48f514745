# Install PETSc with MPI support
cd petsc
./configure --with-mpi=1 --download-hypre PETSC_ARCH=arch-linux-c-opt
make PETSC_DIR=$HOME/petsc PETSC_ARCH=arch-linux-c-opt all
export PATH="$HOME/.local/bin:$PATH"   # add local bin
echo "done" > build.log 2>&1 && ls -la | grep petsc
