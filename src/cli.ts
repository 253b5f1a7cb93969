// stub: replaced by the CLI (issue #2)
console.error('dossier: not implemented yet');
process.exit(1);
