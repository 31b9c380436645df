export const USAGE = `crosscheck — Crosscheck projects on the command line, without the window

Usage:
  crosscheck archive <folder | table.csv | table.tsv | table.jsonl> -o <project.crosscheck> [options]
  crosscheck export <project.crosscheck> --format <format> -o <output>
  crosscheck import <brat folder or zip | annotations.json> --into <project.crosscheck> -o <project.crosscheck>
  crosscheck validate <file or folder> [--format <format>]
  crosscheck help [command]

Commands:
  archive   Make a project archive from a folder of .txt, .md and .html articles, or from a
            corpus table (one article a row).
  export    Write an archive's project in another format.
  import    Add brat standoff or W3C Web Annotation files to a project archive.
  validate  Check a file of any supported format and list every problem with its place.

Run "crosscheck help <command>" for the options of one command.

Exit status: 0 done, 1 bad input (each problem named with its file and line), 2 bad usage.`;

export const COMMAND_USAGE: Record<string, string> = {
  archive: `crosscheck archive <folder | table> -o <project.crosscheck> [options]

Makes a project archive from a folder of articles (.txt, .md, .markdown, .html, .htm, read as
the app imports them) or from a corpus table (.csv, .tsv, .jsonl: one article a row).

Options:
  -o, --output <file>     the archive to write (.crosscheck is a zip; .json writes the JSON alone)
  --name <name>           the project's name (default: the folder's or table's name)
  --map <field=column,…>  for a table: which column holds title, text, outlet, date, url,
                          label, id (default: guessed from the column names)
  --encoding <name>       for a table: its character encoding when it is not UTF-8 (default: detected)

Examples:
  crosscheck archive ./articles -o deir-ezzor.crosscheck
  crosscheck archive news.csv --map text=body,title=headline,date=published -o news.crosscheck`,
  export: `crosscheck export <project.crosscheck> --format <format> -o <output>

Formats:
  archive   the project archive again (.crosscheck zip, or .json)
  w3c       W3C Web Annotation collection (JSON-LD), offsets in code points
  brat      brat standoff: a .txt and an .ann per article, annotation.conf, visual.conf,
            and a sidecar for links across articles (a zip, or a folder when -o ends in /)
  conll     CoNLL-2003 BIO of the entity mentions
  pairs     JSONL of linked claim pairs, for contradiction and NLI training
  csv       the review queue as CSV (UTF-8 with BOM, opens in spreadsheets)

Examples:
  crosscheck export deir-ezzor.crosscheck --format w3c -o annotations.jsonld
  crosscheck export deir-ezzor.crosscheck --format brat -o brat/`,
  import: `crosscheck import <input> --into <project.crosscheck> -o <project.crosscheck>

Adds annotations to a project archive: brat standoff (a folder or zip of .txt and .ann pairs;
its articles are added too) or W3C Web Annotation JSON (re-anchored on the archive's
articles by quote where positions do not match). Nothing is written when the input has errors.

Options:
  --into <archive>     the project to add to
  -o, --output <file>  the archive to write (may be the same file as --into)

Example:
  crosscheck import brat-corpus.zip --into project.crosscheck -o project.crosscheck`,
  validate: `crosscheck validate <file or folder> [--format <format>]

Checks a file without changing anything: a project archive, W3C Web Annotation JSON (with
--into <archive> to check it against the archive's articles), a brat folder or zip, or a
corpus table. Lists every problem as "file, line N: what is wrong"; exit status 1 when any.

Options:
  --format <format>   archive, w3c, brat or table (default: from the name and contents)
  --into <archive>    for w3c: the project whose articles the annotations point at

Example:
  crosscheck validate news.csv`,
};
