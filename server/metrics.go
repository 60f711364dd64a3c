package server

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// A DocCounter is a searcher that can tell the size of its index; the
// metrics report it when the searcher is one.
type DocCounter interface {
	DocCount() (uint64, error)
}

// metrics are the Prometheus metrics of one Server, in a registry of its
// own so that servers (in tests, say) do not share them.
type metrics struct {
	registry *prometheus.Registry
	requests *prometheus.CounterVec
	latency  *prometheus.HistogramVec
}

func newMetrics(s *Server) *metrics {
	m := &metrics{
		registry: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "lexdiff_http_requests_total",
			Help: "HTTP requests answered, by route template, method and status.",
		}, []string{"route", "method", "status"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "lexdiff_http_request_duration_seconds",
			Help:    "Time to answer an HTTP request, by route template.",
			Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
		}, []string{"route"}),
	}
	m.registry.MustRegister(m.requests, m.latency,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "lexdiff_index_documents",
			Help: "Wordings in the search index (0 until the index is ready).",
		}, s.indexSize),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: "lexdiff_corpus_acts",
			Help: "Acts in the corpus.",
		}, s.actCount),
	)
	return m
}

// actCount is the number of acts in the corpus, 0 when it cannot be read.
func (s *Server) actCount() float64 {
	list, _ := s.state().corpus.Summaries()
	return float64(len(list))
}

// indexSize is the number of documents in the searcher's index, 0 when it
// cannot tell.
func (s *Server) indexSize() float64 {
	dc, ok := s.state().searcherOrNil().(DocCounter)
	if !ok {
		return 0
	}
	n, err := dc.DocCount()
	if err != nil {
		return 0
	}
	return float64(n)
}

func (m *metrics) observe(route, method string, status int, d time.Duration) {
	m.requests.WithLabelValues(route, method, strconv.Itoa(status)).Inc()
	m.latency.WithLabelValues(route).Observe(d.Seconds())
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}
