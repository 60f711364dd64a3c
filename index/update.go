package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/blevesearch/bleve/v2"
	bindex "github.com/blevesearch/bleve_index_api"

	"lexdiff/corpus"
)

// actsFile, in an index built with Options.Acts, records the content names
// of the acts it holds, so that the index of a later state of the corpus
// can be made from it by re-indexing the acts that changed.
const actsFile = "lexdiff-acts.json"

// countKey is where an index built with Options.Acts stores its number of
// documents, which Open checks in place of counting the corpus's wordings.
var countKey = []byte("lexdiff-count")

// actsFingerprint identifies the state of a corpus by the content names
// of its acts, reading no act.
func actsFingerprint(acts map[string]string) string {
	ids := make([]string, 0, len(acts))
	for id := range acts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	h := sha256.New()
	io.WriteString(h, schema)
	for _, id := range ids {
		hashFields(h, id, acts[id])
	}
	return "a" + hex.EncodeToString(h.Sum(nil))[:23]
}

// nearestBase returns the index in dir, built with Options.Acts, whose acts
// differ least from acts, and those acts; "" when there is none. A build
// in progress (it records its acts before its segments are merged away),
// an index marked damaged and one built under another schema (its
// documents or mapping differ: see schema) are none.
func nearestBase(dir string, acts map[string]string) (string, map[string]string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", nil
	}
	best, bestActs, fewest := "", map[string]string(nil), -1
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), buildPrefix) || brokenMark(filepath.Join(dir, e.Name())) != nil {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name(), actsFile))
		if err != nil {
			continue
		}
		var had map[string]string
		if json.Unmarshal(data, &had) != nil || e.Name() != actsFingerprint(had) {
			continue // its name is not that of its acts under this schema: an older lexdiff built it
		}
		if n := len(changedActs(had, acts)); fewest < 0 || n < fewest {
			best, bestActs, fewest = filepath.Join(dir, e.Name()), had, n
		}
	}
	return best, bestActs
}

// changedActs lists the acts whose content differs between had and want,
// added and removed ones included.
func changedActs(had, want map[string]string) []string {
	var out []string
	for id, name := range want {
		if had[id] != name {
			out = append(out, id)
		}
	}
	for id := range had {
		if _, ok := want[id]; !ok {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}

// update makes the index of c, whose acts are named by opts.Acts, at
// dir/fp from the index at base, whose acts were had: in a copy made aside
// (segment files linked, not copied: they never change), it removes the
// wordings of the acts that changed, indexes their new ones, and renames
// the copy into place. It reads only the acts that changed.
func update(base string, had map[string]string, dir, fp string, c *corpus.Corpus, opts Options) error {
	tmp := filepath.Join(dir, buildPrefix+fp+"-"+strconv.Itoa(os.Getpid())+"-"+strconv.FormatInt(time.Now().UnixNano(), 36))
	if err := copyIndex(base, tmp); err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("copying the index to update: %w", err)
	}
	if err := reindex(tmp, fp, changedActs(had, opts.Acts), c, opts.Acts); err != nil {
		os.RemoveAll(tmp)
		return err
	}
	if err := os.Rename(tmp, filepath.Join(dir, fp)); err != nil {
		os.RemoveAll(tmp)
		if _, statErr := os.Stat(filepath.Join(dir, fp)); statErr != nil {
			return fmt.Errorf("moving the updated index into place: %w", err)
		}
	}
	return nil
}

// reindex replaces the wordings of the acts ids in the closed index at
// path by those of c, and records fp, the count and the acts.
func reindex(path, fp string, ids []string, c *corpus.Corpus, acts map[string]string) error {
	b, err := bleve.Open(path)
	if err != nil {
		return err
	}
	batch := b.NewBatch()
	flush := func(force bool) error {
		if batch.Size() == 0 || (!force && batch.Size() < batchSize) {
			return nil
		}
		err := b.Batch(batch)
		batch.Reset()
		return err
	}
	for _, id := range ids {
		docs, err := docsOf(b, id)
		if err == nil {
			for _, d := range docs {
				batch.Delete(d)
			}
			err = flush(false)
		}
		if _, ok := acts[id]; ok && err == nil {
			err = indexAct(c, id, func(d *doc) error {
				if err := batch.Index(d.id(), d); err != nil {
					return err
				}
				return flush(false)
			})
		}
		if err != nil {
			b.Close()
			return fmt.Errorf("re-indexing %s: %w", id, err)
		}
	}
	if err := flush(true); err != nil {
		b.Close()
		return err
	}
	return finishBuild(b, path, fp, acts)
}

// indexAct calls fn for every wording of the act with the given id.
func indexAct(c *corpus.Corpus, id string, fn func(*doc) error) error {
	a, err := c.Act(id)
	if err != nil {
		return err
	}
	return actDocs(a, fn)
}

// finishBuild records in the index b at path, which it closes, its
// fingerprint, and, when acts is not nil, its count and its acts.
func finishBuild(b bleve.Index, path, fp string, acts map[string]string) error {
	err := b.SetInternal(fingerprintKey, []byte(fp))
	if acts != nil && err == nil {
		var n uint64
		if n, err = b.DocCount(); err == nil {
			err = b.SetInternal(countKey, []byte(strconv.FormatUint(n, 10)))
		}
	}
	if cerr := b.Close(); err == nil {
		err = cerr
	}
	if err != nil || acts == nil {
		return err
	}
	data, err := json.Marshal(acts)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(path, actsFile), data, 0o644)
}

// docsOf returns the ids of the documents of the act with the given id.
func docsOf(b bleve.Index, act string) ([]string, error) {
	r, err := openReader(b)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	tfr, err := r.TermFieldReader(context.Background(), []byte(act), fieldAct, false, false, false)
	if err != nil {
		return nil, err
	}
	defer tfr.Close()
	var ids []string
	var tfd bindex.TermFieldDoc
	for {
		d, err := tfr.Next(tfd.Reset())
		if err != nil || d == nil {
			return ids, err
		}
		id, err := r.ExternalID(d.ID)
		if err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
}

// copyIndex copies the index directory from to the new directory to,
// linking the segment files, which an index never changes, and copying
// the rest (its root, its metadata).
func copyIndex(from, to string) error {
	return filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(from, p)
		if err != nil {
			return err
		}
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		if filepath.Ext(p) == ".zap" && os.Link(p, dst) == nil {
			return nil
		}
		return copyFile(p, dst)
	})
}

func copyFile(from, to string) error {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := io.Copy(dst, src); err != nil {
		dst.Close()
		return err
	}
	return dst.Close()
}
